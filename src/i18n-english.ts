// English words for the parts whose other words are still English only (the popup, options, report
// and compare pages, and the worker that writes reports): their shared words (level chips,
// "Reported on …", the level in words) must not come in the browser's language beside English
// sentences. Not for the content script or the side panel, which are translated throughout.
import en from '../_locales/en/messages.json' with { type: 'json' };
import { setMessages, type MessageTable } from './i18n.ts';

export function englishOnly(): void {
  setMessages(en as MessageTable, 'en', true);
}
