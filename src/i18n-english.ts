// English words for the pages whose own words are still English only (options, report and compare):
// their shared words (level chips, "Reported on …", the level in words) must not come in the
// browser's language beside English sentences. Not for the content script, the worker (findings,
// reports, the toolbar's title), the side panel, the popup or the welcome page, which are translated
// throughout. Findings the worker wrote come in the browser's language even on those pages.
import en from '../_locales/en/messages.json' with { type: 'json' };
import { setMessages, type MessageTable } from './i18n.ts';

export function englishOnly(): void {
  setMessages(en as MessageTable, 'en', true);
}
