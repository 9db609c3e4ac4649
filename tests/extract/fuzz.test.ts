// Mutation fuzzing of the page readers: take the real saved pages (and the committed fixtures),
// delete, duplicate, move and reorder nodes, garble attributes and text, and check that reading
// never throws and always gives a schema-valid snapshot or a NotAProfile, and that the worker,
// once it has cut over-long fields and lists to its limits (src/snapshot-cut.ts), accepts it.
// Each page is parsed once; every round mutates a clone. A clone is read several times as the
// damage accumulates, since cloning a 2 MB page costs more than reading it.
//   default: up to 5000 reads or ~45 s, whichever comes first (a new seed each run: the suite's
//   runs add up; a deeper run is one variable away)
//   TELLTALE_FUZZ_ITERATIONS=20000  exactly that many reads (no time cap)
//   TELLTALE_FUZZ_SEED=1234         replay a run (the seed is printed)
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import * as v from 'valibot';
import { expect, it } from 'vitest';
import { readPageWithElements } from '../../src/extract/index.ts';
import { describeIssues } from '../../src/messages.ts';
import { cutSnapshot } from '../../src/snapshot-cut.ts';
import { SnapshotSchema } from '../../src/snapshot-schema.ts';
import { FIXTURES, REAL_PAGES, htmlFiles, parsePage } from './pages.ts';
import { schemaErrors } from './schema.ts';
import { prng } from '../support/prng.ts';


const ATTRIBUTES = [
  'class', 'id', 'href', 'src', 'aria-hidden', 'aria-label', 'data-urn', 'data-view-name', 'componentkey',
  'data-member-id', 'role', 'data-section', 'title', 'alt', 'data-ghost-url', 'content', 'name', 'data-testid',
];

const JUNK_TEXT = [
  '', ' ', '·', ' · ', '•', 'Present', 'Jan 2021 - Present · 3 yrs 1 mo', '2013 - Jan 2018', 'May 2016 · 1 mo',
  'Full-time · 5 yrs 3 mos', '500+ connections', '1,264 followers', '99999999999999999999999 followers',
  'urn:li:activity:7214180954100129792', 'urn:li:activity:99999999999999999999999', '3w', '7mo', '-1d',
  '💥'.repeat(40), 'x'.repeat(5000), '<script>alert(1)</script>', 'Juli 2021 – Heute', 'juil. 2021 - aujourd’hui',
  '0000 - 9999', 'Issued Feb 31 2022', '(Mobile)', 'mailto:', '\u0000\u200b\ufeff', 'Contact info', 'Phone', 'Joined',
];

const JUNK_ATTR = [
  '', 'true', 'false', 'dialog', 'profile-component-entity', 'entity-collection-item-1', 'xTopcard',
  'fooExperienceTopLevelSection', 'urn:li:activity:7315493651864788994', 'urn:li:activity:', 'javascript:void(0)',
  'https://www.linkedin.com/in/%E0%A4%A/', 'https://www.linkedin.com/in/ACoAAABBBCCCDDDEEEFFFGGGHHH', '/in//',
  'https://media.licdn.com/dms/image/x/profile-displayphoto-shrink_200_200/0/99999999999999?e=1',
  'mailto:%E0%A4%A', 'tel:', 'experience', 'about', 'content_collections', 'summary', 'experience__list',
  'pvs-entity', 'artdeco-modal', 'ghost-person', 'text-heading-xlarge', '#OPEN_TO_WORK', 'a'.repeat(3000),
];

const SNIPPETS = [
  '<div role="dialog"><h2>Contact info</h2><section><h3>Phone</h3><ul><li>(Mobile)</li><li>+1 555 0100 (Work)</li></ul></section><a href="mailto:">x</a></div>',
  '<div role="dialog"><h2>About this profile</h2><div><h3>Joined</h3></div><div><h3>Verifications</h3></div></div>',
  '<div data-view-name="profile-component-entity"><span aria-hidden="true">Jan 2020 - Present</span><ul><li><div data-view-name="profile-component-entity"></div></li></ul></div>',
  '<div componentkey="entity-collection-item-9"><p></p><p>· ·</p><div componentkey="entity-collection-item-10"><p>Title</p><p>Foo 2020 - Bar</p></div></div>',
  '<section><div id="experience" class="pv-profile-card__anchor"></div><a href="/details/experience/">Show all 999999999999999 experiences</a></section>',
  '<li><a href="https://www.linkedin.com/feed/update/urn:li:activity:7315493651864788994">x • 2yr</a></li>',
  '<script type="application/ld+json">{"@graph":[{"@type":"Person","name":{"x":1},"interactionStatistic":{"userInteractionCount":"many"}}]}</script>',
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function mutate(doc: Document, rand: () => number, count: number): void {
  const els = Array.from(doc.querySelectorAll('body *'));
  if (els.length === 0) return;
  for (let i = 0; i < count; i++) {
    const el = pick(rand, els);
    if (!el.parentNode) continue;
    const op = Math.floor(rand() * 9);
    try {
      switch (op) {
        case 0: // delete
          el.remove();
          break;
        case 1: // duplicate
          el.parentNode.insertBefore(el.cloneNode(true), el.nextSibling);
          break;
        case 2: { // move elsewhere
          const target = pick(rand, els);
          if (target !== el && target.parentNode && !el.contains(target)) target.parentNode.insertBefore(el, target);
          break;
        }
        case 3: { // reverse the children
          const kids = Array.from(el.childNodes);
          for (const k of kids.reverse()) el.appendChild(k);
          break;
        }
        case 4: // garble an attribute
          el.setAttribute(pick(rand, ATTRIBUTES), pick(rand, JUNK_ATTR));
          break;
        case 5: // drop an attribute
          el.removeAttribute(pick(rand, ATTRIBUTES));
          break;
        case 6: // garble text
          el.textContent = pick(rand, JUNK_TEXT);
          break;
        case 7: { // garble one text node only
          for (let n = el.firstChild; n; n = n.nextSibling) {
            if (n.nodeType === 3) {
              n.nodeValue = pick(rand, JUNK_TEXT);
              break;
            }
          }
          break;
        }
        case 8: { // insert a misleading fragment
          const holder = doc.createElement('div');
          holder.innerHTML = pick(rand, SNIPPETS);
          el.appendChild(holder);
          break;
        }
      }
    } catch {
      // The DOM refused this mutation (e.g. a hierarchy error); try another.
    }
  }
}

const envIterations = Number(process.env.TELLTALE_FUZZ_ITERATIONS ?? '');
const fixedIterations = Number.isFinite(envIterations) && envIterations > 0 ? envIterations : null;
const maxReads = fixedIterations ?? 5000;
const timeCapMs = fixedIterations === null ? 45_000 : Number.POSITIVE_INFINITY;
const READS_PER_CLONE = 4;

it('readers survive mutated pages', { timeout: 60 * 60 * 1000 }, () => {
  const seed = Number(process.env.TELLTALE_FUZZ_SEED ?? '') || Math.floor(Math.random() * 2 ** 31);
  console.log(`fuzz seed ${seed} (replay with TELLTALE_FUZZ_SEED=${seed})`);
  const rand = prng(seed);
  const files = [...(existsSync(REAL_PAGES) ? htmlFiles(REAL_PAGES) : []), ...htmlFiles(FIXTURES)];
  expect(files.length).toBeGreaterThan(0);
  const pages = files.map((file) => ({ name: relative(REAL_PAGES, file).startsWith('..') ? relative(FIXTURES, file) : relative(REAL_PAGES, file), doc: parsePage(file) }));

  const started = Date.now();
  let reads = 0;
  let snapshots = 0;
  let cutByWorker = 0;
  let notProfiles = 0;
  const caught: string[] = [];
  while (reads < maxReads && Date.now() - started < timeCapMs) {
    const page = pick(rand, pages);
    const clone = page.doc.cloneNode(true) as Document;
    for (let round = 0; round < READS_PER_CLONE && reads < maxReads; round++) {
      mutate(clone, rand, 1 + Math.floor(rand() * 12));
      let out;
      try {
        out = readPageWithElements(clone, rand() < 0.2 ? 'https://www.linkedin.com/in/x/overlay/contact-info/' : null);
      } catch (err) {
        throw new Error(`seed ${seed}, read ${reads}, ${page.name}: threw ${String(err)}`, { cause: err });
      }
      const errors = schemaErrors(out.result);
      if (errors.length > 0) throw new Error(`seed ${seed}, read ${reads}, ${page.name}: schema errors ${errors.join('; ')}`);
      if ('schemaVersion' in out.result) {
        // What the worker does with it: cut to its limits, then its own (valibot) schema must accept it.
        if (!v.safeParse(SnapshotSchema, out.result).success) cutByWorker++;
        const worker = v.safeParse(SnapshotSchema, cutSnapshot(out.result));
        if (!worker.success) throw new Error(`seed ${seed}, read ${reads}, ${page.name}: the worker would refuse it: ${describeIssues(worker.issues)}`);
        snapshots++;
      }
      else {
        notProfiles++;
        if (out.result.reason.startsWith('could not read the page')) caught.push(`${page.name}: ${out.result.reason}`);
      }
      reads++;
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`fuzz: ${reads} mutated reads of ${pages.length} pages in ${seconds} s: ${snapshots} snapshots (${cutByWorker} over the worker's limits, accepted once cut), ${notProfiles} not-a-profile (${caught.length} from the top-level catch)`);
  if (caught.length > 0) console.log(`caught by readPage's safety net:\n  ${[...new Set(caught)].slice(0, 10).join('\n  ')}`);
  expect(reads).toBeGreaterThan(0);
});
