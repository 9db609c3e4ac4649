// The UI's words come from _locales/<lang>/messages.json. In the extension (content scripts, pages,
// worker) the browser's i18n API picks the language and holds the table, so no table is bundled
// into the content script; the CLI and the unit tests register a table themselves (setMessages).
// Plurals are separate keys, `<key>_one` / `<key>_other` (and `_many`, `_few`… where a language
// wants them), chosen with Intl.PluralRules for the UI language.

/** One entry of a messages.json file, as the browser reads it. */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type MessageTable = Record<string, MessageEntry>;

interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

let table: MessageTable | null = null;
let tableLanguage = 'en';
/** The registered table is read before the browser's API (a content script given its words by the worker). */
let tableFirst = false;
/** A table laid over everything while inMessages runs (a report in English from a German browser). */
let over: { table: MessageTable; language: string } | null = null;

/** Registers the table `t` reads when there is no browser i18n API (the CLI, unit tests). */
export function setMessages(messages: MessageTable | null, language = 'en'): void {
  table = messages;
  tableLanguage = language;
  tableFirst = false;
  pluralRules = null;
}

/**
 * Registers the words the browser chose (the worker reads them from the package) to be read before
 * the browser's API. In a LinkedIn page the API's first call blocks the page while the browser reads
 * and hands over the whole messages file (25–55 ms measured on the real pages, at every page load); the same
 * words through one asynchronous message do not. A key the table lacks still goes to the API.
 */
export function preferMessages(messages: MessageTable, language: string): void {
  table = messages;
  tableLanguage = language;
  tableFirst = true;
  pluralRules = null;
}

function browserI18n(): I18nApi | null {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const api = g.browser?.i18n ?? g.chrome?.i18n;
  return api && typeof api.getMessage === 'function' ? api : null;
}

/** The same substitution the browser does: `$name$` → its placeholder's content, `$1`…`$9` → the arguments, `$$` → `$`. */
function substitute(entry: MessageEntry, args: readonly string[]): string {
  const fill = (text: string) => text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (args[Number(d) - 1] ?? '')));
  // Names first, to their contents ("$1"), then every "$1" and "$$" in one pass: what the arguments
  // bring in (a note that says "$50k") is never read as a placeholder.
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = Object.entries(entry.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase());
    return placeholder ? placeholder[1].content : whole;
  });
  return fill(named);
}

/** The message `key` in the UI language, with its `$1`… filled from `substitutions`; the key itself when no table knows it. */
export function t(key: string, substitutions?: string | number | readonly (string | number)[]): string {
  const args = substitutions === undefined ? [] : (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  if (over) {
    const entry = over.table[key];
    return entry ? substitute(entry, args) : key;
  }
  if (tableFirst) {
    const entry = table?.[key];
    if (entry) return substitute(entry, args);
  }
  const api = browserI18n();
  if (api) {
    try {
      const text = api.getMessage(key, args);
      if (text) return text;
    } catch {
      // A context whose i18n API is gone (an extension reloaded under an old content script): the table, else the key.
    }
  }
  const entry = table?.[key];
  return entry ? substitute(entry, args) : key;
}

/** The language the words are in: the browser's UI language, or the registered table's. */
export function uiLanguage(): string {
  if (over) return over.language;
  const api = browserI18n();
  try {
    return api?.getUILanguage() || tableLanguage;
  } catch {
    return tableLanguage;
  }
}

/**
 * The language the words on screen are in: the UI language's when Telltale has a file for it, else
 * English (the browser falls back to default_locale). Numbers, dates, lists, country names and a
 * page's lang follow it, so a Polish browser reading English words gets English formats too.
 */
export function wordsLanguage(): string {
  const wordsIn = t('plural_locale');
  const ui = uiLanguage();
  // The UI language itself when the words are in it (its region kept: en-GB dates, pt-BR numbers).
  const base = (tag: string) => tag.split(/[-_]/)[0]!.toLowerCase();
  return wordsIn === 'plural_locale' || base(ui) === base(wordsIn) ? ui : wordsIn;
}

let pluralRules: Intl.PluralRules | null = null;

/**
 * Runs `make` with every word (t, tn, words, wordsLanguage) taken from `messages` in `language`,
 * whatever the browser's language: the reports a setting asks in English. `make` must be
 * synchronous: nothing else may run while the table is laid over.
 */
export function inMessages<T>(messages: MessageTable, language: string, make: () => T): T {
  const outer = over;
  over = { table: messages, language };
  pluralRules = null;
  try {
    return make();
  } finally {
    over = outer;
    pluralRules = null;
  }
}

/** `<key>_<category>` for `n` in the UI language, falling back to `<key>_other`, with `n` as `$1` and `substitutions` after it. */
export function tn(key: string, n: number, substitutions: readonly (string | number)[] = []): string {
  // The rules of the language the words are in: a browser in a language Telltale has no file for
  // reads English, and must count "1 finding" as English does.
  pluralRules ??= new Intl.PluralRules(wordsLanguage());
  const category = pluralRules.select(n);
  const args = [n, ...substitutions];
  const exact = t(`${key}_${category}`, args);
  return exact === `${key}_${category}` ? t(`${key}_other`, args) : exact;
}

/**
 * A table of words read when used, not when the module loads: `words('level_', ['high'])['high']`
 * is `t('level_high')` (a "-" in a name is "_" in the key). tests/i18n reads the keys from the call.
 */
export function words<K extends string>(prefix: string, names: readonly K[]): Readonly<Record<K, string>> {
  const table = {} as Record<K, string>;
  for (const name of names) Object.defineProperty(table, name, { get: () => t(prefix + name.replace(/-/g, '_')), enumerable: true });
  return table;
}
