// Issue 23, items 1 and 2, in Node: hostile files are refused in one plain sentence or read up to the
// limits with the cut said, and the text readers take time in proportion to their input (a million
// characters shaped against backtracking patterns; vitest's timeout is the only clock here, the
// figures are the bench's: npm run bench -- application).
import { describe, expect, it } from 'vitest';
import { ApplicationError } from '../../src/application/model.ts';
import { loadNodePdfJs } from '../../src/application/node.ts';
import { readApplication, readPastedText } from '../../src/application/read.ts';
import { findEmails } from '../../src/application/emails.ts';
import { readApplicationText } from '../../src/application/text.ts';
import { MAX_DOCX_UNPACKED_BYTES } from '../../src/application/docx.ts';
import { MAX_ENTRIES, MAX_TEXT_CHARS, describeCut } from '../../src/application/limits.ts';
import { HEAD, MILLION_SHAPES, protoPartDocx, hugeJsonResume, longTextDocx, lyingZipBombDocx, manyContactsText, manyPartsDocx, zipBombDocx } from './hostile-files.ts';

const read = (bytes: Uint8Array, fileName: string) => readApplication(bytes, { fileName, loadPdfJs: loadNodePdfJs });
const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as ApplicationError);
const encode = (s: string) => new TextEncoder().encode(s);

describe('hostile DOCX files', { timeout: 30_000 }, () => {
  const tooBig = `This Word file cannot be opened: it unpacks to more than ${MAX_DOCX_UNPACKED_BYTES / 1024 / 1024} MB, far beyond any résumé. Ask for a new copy, or paste the text.`;

  it('refuses a zip bomb (a 64 MiB text run in a small file) by what it unpacks to, before mammoth sees it', async () => {
    const bomb = zipBombDocx(64);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const err = await failure(read(bomb, 'bomb.docx'));
    expect(err).toBeInstanceOf(ApplicationError);
    expect(err!.message).toBe(tooBig);
  });

  it('refuses the same bomb when its headers claim 1 KB per part: the bytes that come out are counted', async () => {
    const err = await failure(read(lyingZipBombDocx(64), 'lying.docx'));
    expect(err!.message).toBe(tooBig);
  });

  it('refuses a DOCX of 3,000 parts', async () => {
    const err = await failure(read(manyPartsDocx(3_000), 'parts.docx'));
    expect(err!.message).toMatch(/^This Word file cannot be opened: it holds over 2000 parts/);
  });

  it('refuses a part named "__proto__" in one plain sentence (it would stand for thousands of parts downstream)', async () => {
    const err = await failure(read(protoPartDocx(), 'proto.docx'));
    expect(err).toBeInstanceOf(ApplicationError);
    expect(err!.message).toBe('This Word file cannot be opened: one of its parts has a name no Word document uses. Ask for a new copy, or paste the text.');
  });

  it('reads a DOCX just under the budget: the limit is on what it unpacks to, not on Word files', async () => {
    const app = await read(longTextDocx(300_000), 'long.docx');
    expect(app.name).toBe('Ada Example');
    expect(app.cuts).toEqual([{ part: 'text', kept: MAX_TEXT_CHARS, found: expect.any(Number) }]);
    expect(app.cuts![0]!.found).toBeGreaterThan(300_000);
  });

  it('refuses a cut-off zip in one plain sentence', async () => {
    const err = await failure(read(zipBombDocx(1).subarray(0, 200), 'cut.docx'));
    expect(err).toBeInstanceOf(ApplicationError);
    expect(err!.code).toBe('corrupt-docx');
  });
});

describe('lists far beyond a résumé are cut with a note, never refused whole', { timeout: 30_000 }, () => {
  it('a JSON Resume with 100,000 positions (8 MB, under the size limit) and 1,000 schools', async () => {
    const bytes = encode(hugeJsonResume(100_000, 1_000));
    expect(bytes.length).toBeGreaterThan(8_000_000);
    const app = await read(bytes, 'huge.json');
    expect(app.name).toBe('Ada Example');
    expect(app.positions).toHaveLength(MAX_ENTRIES.positions);
    expect(app.education).toHaveLength(MAX_ENTRIES.education);
    expect(app.cuts).toEqual([
      { part: 'positions', kept: MAX_ENTRIES.positions, found: 100_000 },
      { part: 'education', kept: MAX_ENTRIES.education, found: 1_000 },
    ]);
    expect(describeCut(app.cuts![0]!)).toBe('Only the first 100 of 100,000 positions were read.');
  });

  it('an application with 11 e-mail addresses and 11 phones keeps the first 10 of each', () => {
    const app = readPastedText(manyContactsText(11));
    expect(app.emails).toHaveLength(10);
    expect(app.phones).toHaveLength(10);
    expect(app.cuts).toEqual(expect.arrayContaining([{ part: 'emails', kept: 10, found: 11 }, { part: 'phones', kept: 10, found: 11 }]));
  });

  it('pasted text over 200,000 characters is read up to there, and the cut said', () => {
    const text = `${HEAD.join('\n')}\n${'Built things. '.repeat(40_000)}`;
    const app = readPastedText(text);
    expect(app.name).toBe('Ada Example');
    expect(app.cuts).toEqual([{ part: 'text', kept: MAX_TEXT_CHARS, found: text.length }]);
  });

  it('a résumé of ordinary size has no cuts', () => {
    expect(readPastedText(HEAD.join('\n')).cuts).toBeUndefined();
  });
});

describe('the text readers run in linear time', { timeout: 20_000 }, () => {
  it.each(Object.keys(MILLION_SHAPES))('a million characters: %s', (shape) => {
    const text = MILLION_SHAPES[shape]!();
    expect(text.length).toBeGreaterThanOrEqual(999_990);
    // The readers themselves, without the 200,000-character cut in front of them.
    const app = readApplicationText(text);
    expect(app.schemaVersion).toBe(1);
  });

  it('finds e-mail addresses exactly as the pattern local@domain.tld does, on 20,000 random strings', () => {
    const pattern = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;
    const alphabet = ['a', 'b', '1', '.', '-', '_', '+', '@', ' ', 'é', 'x', '.', '@'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 20_000; i++) {
      let s = '';
      for (let n = 1 + Math.floor(random() * 14); n > 0; n--) s += alphabet[Math.floor(random() * alphabet.length)];
      expect(findEmails(s), JSON.stringify(s)).toEqual([...s.matchAll(pattern)].map((m) => m[0]));
    }
    expect(findEmails('write to ada.example@example.org, or a@b.co.uk.')).toEqual(['ada.example@example.org', 'a@b.co.uk']);
  });
});

describe('a failure as the reading worker sends it', () => {
  it('is shown safely: an unknown reason says the reader stopped, a long detail is cut, a missing number is no NaN', async () => {
    const { failureFromWorker, failureText } = await import('../../src/application/failures.ts');
    expect(failureText(failureFromWorker({ why: 'made-up' }))).toBe(failureText({ why: 'reader-stopped' }));
    expect(failureText(failureFromWorker(null))).toBe(failureText({ why: 'reader-stopped' }));
    const long = failureText(failureFromWorker({ why: 'json-invalid', detail: 'x'.repeat(5_000_000) }));
    expect(long.length).toBeLessThan(600);
    expect(failureText(failureFromWorker({ why: 'too-large', bytes: 'lots' }))).not.toMatch(/NaN|undefined/);
  });
});
