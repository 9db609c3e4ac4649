// Unit and DOM tests read the English words (no browser i18n API in Node): tests that assert
// text assert it in English, as the e2e browsers show it.
import { readFileSync } from 'node:fs';
import { setMessages, type MessageTable } from '../src/i18n.ts';

setMessages(JSON.parse(readFileSync(new URL('../_locales/en/messages.json', import.meta.url), 'utf8')) as MessageTable);
