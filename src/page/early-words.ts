// The early pill's two texts, in every language Telltale has, written into early.js by the build
// (vite.config.ts: __TELLTALE_EARLY_WORDS__ from _locales/*/messages.json). The early script runs at
// document_start on every LinkedIn page, and the browser's i18n API blocks the page on its first call
// there while it hands over the whole messages file (25–55 ms measured); choosing between fourteen
// strings by the UI language costs nothing. Tests and the CLI, where nothing was written in, use t().
import { t } from '../i18n.ts';

export interface EarlyWords {
  reading: string;
  gaveUp: string;
}

declare const __TELLTALE_EARLY_WORDS__: Record<string, EarlyWords> | undefined;

/** The browser's UI language ("de", "pt-BR"), without the i18n API's message file. */
function uiLanguage(): string {
  const g = globalThis as { browser?: { i18n?: { getUILanguage?(): string } }; chrome?: { i18n?: { getUILanguage?(): string } } };
  try {
    return (g.browser?.i18n ?? g.chrome?.i18n)?.getUILanguage?.() ?? navigator.language;
  } catch {
    return navigator.language;
  }
}

/** The language's texts, as the browser would choose its file: the exact tag ("pt_BR"), its language ("pt"), else English. */
export function earlyWords(): EarlyWords {
  const table = typeof __TELLTALE_EARLY_WORDS__ === 'object' ? __TELLTALE_EARLY_WORDS__ : undefined;
  if (!table) return { reading: t('early_reading'), gaveUp: t('early_gave_up') };
  const tag = uiLanguage().replace('-', '_');
  return table[tag] ?? table[tag.split('_')[0]!.toLowerCase()] ?? table.en!;
}
