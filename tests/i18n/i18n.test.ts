// src/i18n.ts: the browser's i18n API when there is one, else the registered table, with the
// browser's placeholder rules and plural keys chosen for the UI language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setMessages, t, tn, words, wordsLanguage, type MessageTable } from '../../src/i18n.ts';

const table = (lang: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../_locales', lang, 'messages.json'), 'utf8')) as MessageTable;
const english = table('en');

afterEach(() => {
  setMessages(english);
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('i18n', () => {
  it('fills named placeholders from the arguments, in the order English declares them', () => {
    expect(t('coverage', [9, 14])).toBe('9 of 14 checks ran');
    setMessages(table('fr'), 'fr');
    expect(t('coverage', [9, 14])).toBe('9 sur 14 vérifications effectuées');
    expect(t('finding_source_above', 'Deux emplois à temps plein')).toBe('La même que pour « Deux emplois à temps plein » plus haut.');
  });

  it('puts arguments in as they are: a "$" in them is never read as a placeholder', () => {
    expect(t('coverage', ['$2', 'paid $$5'])).toBe('$2 of paid $$5 checks ran');
    expect(tn('findings', 2)).toBe('2 findings');
  });

  it('picks the plural key for the UI language, falling back to _other', () => {
    expect([tn('findings', 1), tn('findings', 0), tn('findings', 3)]).toEqual(['1 finding', '0 findings', '3 findings']);
    setMessages(table('fr'), 'fr');
    // French says "0 constat": zero is singular there.
    expect([tn('findings', 0), tn('findings', 1), tn('findings', 2), tn('findings', 1_000_000)]).toEqual(['0 constat', '1 constat', '2 constats', '1000000 constats']);
    setMessages(table('de'), 'de');
    expect(tn('more_checks', 6)).toBe('6 weitere Prüfungen');
  });

  it('asks the browser first, and uses the table when the browser has no such message', () => {
    (globalThis as { chrome?: unknown }).chrome = {
      i18n: { getMessage: (key: string, args: string[]) => (key === 'coverage' ? `${args[0]} von ${args[1]} Prüfungen gelaufen` : ''), getUILanguage: () => 'de' },
    };
    expect(t('coverage', [1, 2])).toBe('1 von 2 Prüfungen gelaufen');
    expect(t('level_high')).toBe('High risk');
  });

  it('reads a words() table when used, not when made', () => {
    const outcomes = words<'needs-follow-up'>('outcome_', ['needs-follow-up']);
    setMessages(table('nl'), 'nl');
    expect(outcomes['needs-follow-up']).toBe('Opvolging nodig');
  });

  it('formats in the language the words are in: the UI language when Telltale has it, else English', () => {
    const browserIn = (lang: string, words: string) =>
      ((globalThis as { chrome?: unknown }).chrome = { i18n: { getMessage: (key: string) => (key === 'plural_locale' ? words : ''), getUILanguage: () => lang } });
    browserIn('de-AT', 'de');
    expect(wordsLanguage()).toBe('de-AT');
    browserIn('en-GB', 'en');
    expect(wordsLanguage()).toBe('en-GB');
    // A Polish browser reads Telltale's English: English formats, not Polish ones beside English words.
    browserIn('pl', 'en');
    expect(wordsLanguage()).toBe('en');
  });

  it('answers with the key when nothing knows it', () => {
    setMessages(null);
    expect(t('level_high')).toBe('level_high');
  });
});
