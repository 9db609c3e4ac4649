// The real saved pages are all English. To check the readers on the same markup in the other
// interface languages, this rewrites each page's date lines the way LinkedIn writes them in
// German, French, Spanish, Portuguese, Dutch and Italian ("Juli 2021 – Heute · 3 J. 1 Mon.") and
// checks that the parsed start/end dates still match the expected files. Only date and duration
// text is touched; nothing is written to disk.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDateRange, parseDurationMonths, splitMiddot } from '../../src/extract/dates.ts';
import { readPage } from '../../src/extract/index.ts';
import type { ProfileSnapshot } from '../../src/model.ts';
import { REAL_PAGES, parsePage, realPages } from './pages.ts';

type Lang = 'de' | 'fr' | 'es' | 'pt' | 'nl' | 'it';

const MONTHS: Record<Lang, string[]> = {
  de: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  es: ['ene.', 'feb.', 'mar.', 'abr.', 'may.', 'jun.', 'jul.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.'],
  pt: ['jan. de', 'fev. de', 'mar. de', 'abr. de', 'mai. de', 'jun. de', 'jul. de', 'ago. de', 'set. de', 'out. de', 'nov. de', 'dez. de'],
  nl: ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  it: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
};
const PRESENT: Record<Lang, string> = { de: 'Heute', fr: 'aujourd’hui', es: 'actualidad', pt: 'o momento', nl: 'heden', it: 'Presente' };
/** [year singular, year plural, month singular, month plural] */
const UNITS: Record<Lang, [string, string, string, string]> = {
  de: ['J.', 'J.', 'Mon.', 'Mon.'],
  fr: ['an', 'ans', 'mois', 'mois'],
  es: ['año', 'años', 'mes', 'meses'],
  pt: ['ano', 'anos', 'mês', 'meses'],
  nl: ['jr', 'jr', 'mnd', 'mnd'],
  it: ['anno', 'anni', 'mese', 'mesi'],
};
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function translate(text: string, lang: Lang): string {
  return text
    .replace(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/g, (m) => MONTHS[lang][EN_MONTHS.indexOf(m)] ?? m)
    .replace(/\bPresent\b/g, PRESENT[lang])
    .replace(/(\d+) (yrs|years|yr|year|mos|months|mo|month)\b/g, (_m, n: string, u: string) => {
      const [ys, yp, ms, mp] = UNITS[lang];
      const plural = Number(n) !== 1;
      return `${n} ${u.startsWith('y') ? (plural ? yp : ys) : plural ? mp : ms}`;
    });
}

function isDateText(t: string): boolean {
  const s = t.trim();
  if (s === '' || s.length > 80) return false;
  if (parseDateRange(s) !== null) return true;
  if (splitMiddot(s).some((p) => parseDurationMonths(p) !== null)) return true;
  return /^-?\s*Present$/.test(s) || /^- Present$/.test(s);
}

function translatePage(doc: Document, lang: Lang): number {
  let changed = 0;
  const walker = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const t = c.nodeValue ?? '';
        if (isDateText(t)) {
          const next = translate(t, lang);
          if (next !== t) {
            c.nodeValue = next;
            changed++;
          }
        }
      } else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toLowerCase();
        if (tag !== 'script' && tag !== 'style' && tag !== 'code') walker(c);
      }
    }
  };
  if (doc.body) walker(doc.body);
  return changed;
}

const present = existsSync(REAL_PAGES);

describe.skipIf(!present)('real pages with their dates in other languages', () => {
  const pages = present ? realPages().filter((p) => Array.isArray(p.expected.experience) && (p.expected.experience as unknown[]).length > 0) : [];
  for (const lang of ['de', 'fr', 'es', 'pt', 'nl', 'it'] as Lang[]) {
    for (const page of pages) {
      it(`${lang}: ${page.rel}`, () => {
        const doc = parsePage(page.file);
        expect(translatePage(doc, lang)).toBeGreaterThan(0);
        const snap = readPage(doc, null) as ProfileSnapshot;
        const exp = page.expected as { experience: { start: string; end: string | null }[]; education: { start: string | null; end: string | null }[] };
        expect(snap.experience.map((p) => [p.title, p.start, p.end, p.current])).toEqual(
          exp.experience.map((p, i) => [snap.experience[i]?.title, p.start, p.end, p.end === null]),
        );
        expect(snap.education.map((e) => [e.start, e.end])).toEqual(exp.education.map((e) => [e.start, e.end]));
        // Group headers still read as headers: employment types and places are carried over.
        expect(snap.experience.map((p) => p.location)).toEqual(exp.experience.map((p) => (p as unknown as { location: string | null }).location));
      });
    }
  }
});
