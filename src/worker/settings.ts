// Settings: the options page reads and changes them (the user's own values; a team policy's are
// laid over them on every read), the content script asks only for quiet mode, and retention is
// applied by the sweep.
import { t, uiLanguage, type MessageTable } from '../i18n.ts';
import type { AnswerOf, RequestOf } from '../messages.ts';
import { effectiveSettings, SETTINGS_KEY, unknownSettingKeys, updateSettings } from '../settings.ts';
import type { WorkerContext } from './context.ts';

/**
 * Families of messages the content script never shows: the worker writes the findings, their
 * catalogue texts and the not-checked reasons, and the extension's pages have the browser's API.
 * Leaving them out makes the page's words ~10 % of the file, so handing them over costs the page
 * little (tests/build/page-words.test.ts checks that every key the content script's code names is
 * still sent). A family not named here is sent.
 */
export const NOT_PAGE_FAMILIES: ReadonlySet<string> = new Set([
  'sig', 'source', 'f', 'fa', 'cov', 'text', 'assess', 'page', 'mem', 'phone', 'rep', 'reptext', 'repform',
  'popup', 'toolbar', 'side', 'welcome', 'example', 'opt', 'rpage', 'err', 'app', 'cmp', 'early', 'team',
]);

/** The messages a content script may need, from a whole messages file. */
export function pageWords(messages: MessageTable): MessageTable {
  return Object.fromEntries(Object.entries(messages).filter(([key]) => !NOT_PAGE_FAMILIES.has(key.split('_')[0]!)));
}

export function createSettings(ctx: WorkerContext) {
  const { env, memory, memorySerial } = ctx;

  /** The retention sweep: what is older than the retention setting goes (daily, and on start-up). */
  async function sweep(): Promise<void> {
    const { settings } = await ctx.loadSettings();
    await memorySerial(() => memory.prune(env.now(), ctx.limitsFor(settings)));
  }

  const handlers = {
    'page/settings': async () => ({ ok: true as const, quietMode: (await ctx.answerSettings()).settings.quietMode }),
    // The file the browser chose is the one whose plural_locale it answers with (each file names its own language).
    'page/words': async (): Promise<AnswerOf['page/words']> => {
      const chosen = t('plural_locale');
      const messages = await env.packagedMessages?.(chosen === 'plural_locale' ? 'en' : chosen).catch(() => null);
      return messages ? { ok: true, language: uiLanguage(), messages: pageWords(messages) } : { ok: false, error: 'words-unreadable' };
    },
    'ui/settings': async () => ({ ok: true as const, ...(await ctx.loadSettings()) }),
    /** `raw` is the message as it came: the parsed patch has lost keys such as "__proto__", which must be refused, not dropped. */
    'ui/settings-set': async (req: RequestOf<'ui/settings-set'>, raw: unknown): Promise<AnswerOf['ui/settings-set']> => {
      const unknown = unknownSettingKeys((raw as { patch?: unknown }).patch);
      if (unknown.length > 0) return { ok: false, error: t('err_invalid_setting', unknown.map((k) => t('err_not_a_setting', k.slice(0, 100))).join('; ')) };
      const { settings, locked } = await ctx.loadSettings();
      const local = (await env.local.get([SETTINGS_KEY]))[SETTINGS_KEY];
      // Only the user's own values are written; managed ones are laid over them on every read.
      const { settings: next, invalid } = updateSettings(effectiveSettings(local, {}).settings, req.patch, locked);
      if (invalid.length > 0) return { ok: false, error: t('err_invalid_setting', invalid.join('; ')) };
      await env.local.set({ [SETTINGS_KEY]: next });
      if (next.retentionDays < settings.retentionDays) await memorySerial(() => memory.prune(env.now(), ctx.limitsFor(next)));
      return { ok: true, ...(await ctx.loadSettings()) };
    },
  };

  return { sweep, handlers };
}
