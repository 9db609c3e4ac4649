// The UI's words are in _locales/<lang>/messages.json: every key the code asks for is in every
// language, no language has a key English lacks, the placeholders agree, and the converted files
// write no user-visible English of their own (a new hard-coded string there fails here).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setMessages, type MessageTable } from '../../src/i18n.ts';
import { applicationCatalogue } from '../../src/signals/catalogue-application.ts';
import { catalogue } from '../../src/signals/catalogue.ts';

const root = join(import.meta.dirname, '../..');
const LOCALES = ['en', 'de', 'fr', 'es', 'pt', 'nl', 'it'] as const;
const tables = Object.fromEntries(LOCALES.map((l) => [l, JSON.parse(readFileSync(join(root, '_locales', l, 'messages.json'), 'utf8')) as MessageTable]));
const en = tables.en!;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const sources = [...filesUnder(join(root, 'src')), ...filesUnder(join(root, 'extension'))].map((file) => ({ file: relative(root, file), text: readFileSync(file, 'utf8') }));

/** Keys the code asks for: t('key'…) as is, tn('key'…) as its plural forms; the manifest's __MSG_key__. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  for (const { file, text } of sources) {
    for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_@]+)'/g)) used.set(m[1]!, file);
    for (const m of text.matchAll(/\btn\(\s*'([A-Za-z0-9_@]+)'/g)) for (const form of ['one', 'other']) used.set(`${m[1]}_${form}`, file);
    for (const m of text.matchAll(/\bwords(?:<\w+>)?\(\s*'([A-Za-z0-9_@]+)',\s*\[([^\]]*)\]/g)) {
      for (const name of m[2]!.matchAll(/'([^']+)'/g)) used.set(m[1]! + name[1]!.replace(/-/g, '_'), file);
    }
  }
  for (const m of readFileSync(join(root, 'manifest.json'), 'utf8').matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) used.set(m[1]!, 'manifest.json');
  return used;
}

/** A message's placeholders as the browser fills them: name → content, and the $NAME$ it writes. */
function placeholders(entry: MessageTable[string]): { declared: string; written: string } {
  const declared = Object.entries(entry.placeholders ?? {}).map(([name, p]) => `${name.toLowerCase()}=${p.content}`).sort().join(',');
  const written = [...new Set([...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort().join(',');
  return { declared, written };
}

describe('messages', () => {
  it('finds the keys the code uses (the scan is not empty)', () => {
    expect(usedKeys().size).toBeGreaterThan(50);
  });

  for (const locale of LOCALES) {
    const table = tables[locale]!;
    it(`${locale}: has every key the code uses`, () => {
      const missing = [...usedKeys()].filter(([key]) => !table[key]?.message).map(([key, file]) => `${key} (${file})`);
      expect(missing).toEqual([]);
    });

    it(`${locale}: has no key English lacks, and keys the browser accepts`, () => {
      expect(Object.keys(table).filter((key) => !(key in en))).toEqual([]);
      expect(Object.keys(table).filter((key) => !/^[A-Za-z0-9_@]+$/.test(key) || key.startsWith('@@'))).toEqual([]);
    });

    it(`${locale}: the placeholders are English's, each declared and written`, () => {
      const wrong: string[] = [];
      for (const [key, entry] of Object.entries(table)) {
        const mine = placeholders(entry);
        const english = en[key] ? placeholders(en[key]) : mine;
        if (mine.declared !== english.declared) wrong.push(`${key}: declares ${mine.declared || 'none'}, English ${english.declared || 'none'}`);
        const names = mine.declared ? mine.declared.split(',').map((p) => p.split('=')[0]).join(',') : '';
        if (mine.written !== names) wrong.push(`${key}: writes ${mine.written || 'none'}, declares ${names || 'none'}`);
        if (!entry.message.trim()) wrong.push(`${key}: empty`);
      }
      expect(wrong).toEqual([]);
    });
  }
});

describe('the signal catalogue reads its words in the registered language', () => {
  afterEach(() => setMessages(en));

  for (const locale of LOCALES) {
    it(`${locale}: every text of every entry is a message, not a key`, () => {
      setMessages(tables[locale]!, locale);
      const wrong: string[] = [];
      // (catalogue holds applicationCatalogue's entries too: each is read once.)
      for (const entry of new Set([...catalogue, ...applicationCatalogue])) {
        const texts = { name: entry.name, whyItMatters: entry.whyItMatters, benignExplanations: entry.benignExplanations, source: entry.source, ...('howToVerify' in entry ? { howToVerify: entry.howToVerify } : {}) };
        for (const [field, text] of Object.entries(texts)) {
          // A key alone, or a key joined to a translated paragraph (a source of two shared paragraphs).
          if (!text?.trim() || /(^| )(sig|source)_[a-z0-9_]+( |$)/.test(text)) wrong.push(`${entry.id}.${field}: ${JSON.stringify(text)}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});

/** The files whose words all come from _locales: nothing user-visible may be written in them. */
const CONVERTED = [
  'src/ui/Pill.tsx',
  'src/ui/Panel.tsx',
  'src/ui/NextSteps.tsx',
  'src/ui/FindingItem.tsx',
  'src/ui/NotCheckedList.tsx',
  'src/ui/Badge.tsx',
  'src/ui/ReviewForm.tsx',
  'src/ui/SaveStructure.tsx',
  'src/ui/inline.tsx',
  'src/ui/texts.ts',
  'src/ui/missing-views.ts',
  'src/ui/missing-groups.ts',
  'src/evidence-words.ts',
  'src/ui/popup-texts.ts',
  'src/ui/report-texts.ts',
  'src/ui/toolbar-badge.ts',
  'extension/popup/main.tsx',
  'src/ui/ReportForm.tsx',
  'extension/welcome/main.tsx',
  'src/signals/activity-gap-then-burst.ts',
  'src/signals/already-reported.ts',
  'src/signals/application-degree-dates-vs-profile.ts',
  'src/signals/application-degree-not-on-profile.ts',
  'src/signals/application-disposable-email.ts',
  'src/signals/application-email-names-someone-else.ts',
  'src/signals/application-employer-missing-on-the-other-side.ts',
  'src/signals/application-employment-dates-vs-profile.ts',
  'src/signals/application-linkedin-url-vs-profile.ts',
  'src/signals/application-name-vs-profile.ts',
  'src/signals/application-phone-country-vs-location.ts',
  'src/signals/application-phone-format.ts',
  'src/signals/application-phone-invalid.ts',
  'src/signals/application-phone-type.ts',
  'src/signals/application-phone-vs-profile-phone.ts',
  'src/signals/application-school-vs-profile.ts',
  'src/signals/application-title-more-senior-than-profile.ts',
  'src/signals/career-before-education.ts',
  'src/signals/catalogue-application.ts',
  'src/signals/catalogue-entry.ts',
  'src/signals/catalogue-explain.ts',
  'src/signals/catalogue.ts',
  'src/signals/changed-since-last-seen.ts',
  'src/signals/common/account-age.ts',
  'src/signals/common/career.ts',
  'src/signals/common/contact.ts',
  'src/signals/common/coverage.ts',
  'src/signals/common/disposable-domains-package.ts',
  'src/signals/common/employment.ts',
  'src/signals/common/findings.ts',
  'src/signals/common/memo.ts',
  'src/signals/common/memory.ts',
  'src/signals/common/partial-dates.ts',
  'src/signals/common/person-names.ts',
  'src/signals/contact-details-that-name-someone-else.ts',
  'src/signals/disposable-email.ts',
  'src/signals/education-that-contradicts-the-timeline.ts',
  'src/signals/identity-edits-on-an-old-account.ts',
  'src/signals/implausible-degree-dates.ts',
  'src/signals/impossible-dates.ts',
  'src/signals/index.ts',
  'src/signals/invalid-phone-number.ts',
  'src/signals/name-inconsistency-on-the-page.ts',
  'src/signals/new-account-long-career.ts',
  'src/signals/new-current-role-after-a-long-gap.ts',
  'src/signals/non-personal-number-type.ts',
  'src/signals/overlapping-full-time-roles.ts',
  'src/signals/phone-country-vs-location.ts',
  'src/signals/photo.ts',
  'src/signals/school-with-no-institution-page.ts',
  'src/signals/seniority-without-history.ts',
  'src/signals/shared-across-profiles.ts',
  'src/signals/signal.ts',
  'src/signals/thin-network-for-seniority.ts',
  'src/signals/unusual-phone-format.ts',
  'src/signals/url-slug-vs-name.ts',
  'src/signals/verification-on-a-reactivated-account.ts',
  'extension/example/main.tsx',
  'extension/sidepanel/main.tsx',
  'src/assess.ts',
  'src/worker/page-assessment.ts',
  'src/report/bundle.ts',
  'extension/options/main.tsx',
  'extension/options/options-texts.ts',
  'extension/options/privacy.tsx',
  'extension/report/main.tsx',
  'extension/compare/main.tsx',
  'extension/compare/reader.ts',
  'extension/compare/read-worker.ts',
  'src/application/read.ts',
  'src/application/docx.ts',
  'src/application/pdf.ts',
  'src/application/json-resume.ts',
  'src/application/limits.ts',
  'src/application/failures.ts',
  'src/extract/index.ts',
  'src/worker/reports.ts',
  'src/worker/deliveries.ts',
  'src/worker/hub-deliveries.ts',
  'src/worker/router.ts',
  'src/worker/settings.ts',
  'src/phone/phone-reading.ts',
  'src/ui/parts.ts',
  'extension/early.ts',
];

/** Words that are the same in every language: the product's name. */
const NAMES = new Set(['Telltale']);

const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** JSX text with letters (between a tag's end and the next tag or brace), and aria-label / title / placeholder / alt given as a literal. */
function hardCodedText(code: string): string[] {
  const found: string[] = [];
  const body = withoutComments(code);
  // Not after "=" or "-": `=> Promise<…>` and `->` are code, not a tag's end.
  for (const m of body.matchAll(/(?<![=-])>([^<>{}()=;&|?]*\p{L}[^<>{}()=;&|?]*)(?=[<{])/gu)) {
    const text = m[1]!.trim();
    if (text && !NAMES.has(text)) found.push(`JSX text "${text}"`);
  }
  for (const m of body.matchAll(/\b(aria-label|title|placeholder|alt)=(?:"([^"]*)"|\{\s*(['`])((?:(?!\3).)*)\3\s*\})/g)) {
    const text = m[2] ?? m[4] ?? '';
    if (/\p{L}/u.test(text)) found.push(`${m[1]}="${text}"`);
  }
  return found;
}

/** A string literal that reads as words (two or more, apart by spaces), outside class names and t() keys. */
function englishLiterals(code: string): string[] {
  const body = withoutComments(code).replace(/^import .*$/gm, '');
  return [...body.matchAll(/(['`])((?:(?!\1)[^\\\n]|\\.)*)\1/g)]
    .filter((m) => !/class=\{?\s*$/.test(body.slice(Math.max(0, m.index - 8), m.index)))
    .map((m) => m[2]!)
    .filter((text) => /\p{L}{2,}[,.:;]? +\p{L}{2,}/u.test(text.replace(/\$\{[^}]*\}/g, '')));
}

describe('the converted files write no user-visible English', () => {
  it('the scan sees hard-coded text when there is some', () => {
    expect(hardCodedText('<p class="x">Show on the page</p><button aria-label="Close it">×</button>')).toEqual(['JSX text "Show on the page"', 'aria-label="Close it"']);
    expect(hardCodedText("<p>{t('no_findings')}</p><h2>Telltale<span/></h2><b aria-label={t('x')} />")).toEqual([]);
    expect(englishLiterals("const a = 'Other checks'; const b = t('view_title_other'); <b class={`chip badge ${x}`} />")).toEqual(['Other checks']);
  });

  for (const file of CONVERTED) {
    it(file, () => {
      const code = readFileSync(join(root, file), 'utf8');
      expect([...(file.endsWith('.tsx') ? hardCodedText(code) : []), ...englishLiterals(code)]).toEqual([]);
    });
  }
});
