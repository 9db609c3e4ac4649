// Hostile application files, made in the test (nothing committed): zip bombs, files that lie about
// their size, thousands of parts, parts nested thousands deep, text far beyond a résumé's. Shared by
// the Node tests (hostile.test.ts, parse.test.ts) and the browser tests (tests/e2e/hostile-files.test.ts).
import { strToU8, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A minimal Word document around a body's XML, deflated at `level` (0: stored). */
export function docxOf(bodyXml: string, extra: Record<string, Uint8Array> = {}, level: 0 | 1 | 6 | 9 = 6): Uint8Array {
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${bodyXml}</w:body></w:document>`;
  return zipSync({ '[Content_Types].xml': strToU8(TYPES), '_rels/.rels': strToU8(RELS), 'word/document.xml': strToU8(doc), ...extra }, { level });
}

const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A résumé's first lines, so a file that is read has something to show. */
export const HEAD = ['Ada Example', 'ada.example@example.org | +1 415 555 0132', 'Experience', 'Staff Engineer, Examplesoft Inc.', '2019 – Present'];

/** A DOCX whose one text run unpacks to `mib` MiB of letters: the size is declared truthfully. */
export function zipBombDocx(mib: number): Uint8Array {
  return docxOf(HEAD.map(paragraph).join('') + paragraph('A'.repeat(mib * 1024 * 1024)), {}, 1);
}

/** The same bomb, its headers claiming every part unpacks to 1 KB. */
export function lyingZipBombDocx(mib: number): Uint8Array {
  const bytes = zipBombDocx(mib).slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 30 <= bytes.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, 1024, true); // local header: uncompressed size
    else if (sig === 0x02014b50 && i + 28 <= bytes.length) view.setUint32(i + 24, 1024, true); // central directory
  }
  return bytes;
}

/** A DOCX of `n` tiny parts besides the document. */
export function manyPartsDocx(n: number): Uint8Array {
  const extra: Record<string, Uint8Array> = {};
  for (let i = 0; i < n; i++) extra[`word/media/p${i}.xml`] = strToU8('<x/>');
  return docxOf(HEAD.map(paragraph).join(''), extra, 0);
}

/** A DOCX with a 5,000-byte part named "__proto__" (written as another name, then renamed in the bytes). */
export function protoPartDocx(): Uint8Array {
  const bytes = docxOf(HEAD.map(paragraph).join(''), { PROTOPART: new Uint8Array(5_000) }, 0).slice();
  const from = new TextEncoder().encode('PROTOPART');
  const to = new TextEncoder().encode('__proto__');
  for (let i = 0; i + from.length <= bytes.length; i++) if (from.every((b, j) => bytes[i + j] === b)) bytes.set(to, i);
  return bytes;
}

/** A DOCX whose paragraph sits `depth` content controls deep. */
export function deepDocx(depth: number): Uint8Array {
  return docxOf(`${'<w:sdt><w:sdtContent>'.repeat(depth)}${paragraph('Ada Example, engineer')}${'</w:sdtContent></w:sdt>'.repeat(depth)}`);
}

/** A DOCX holding `chars` characters of text after a résumé's head, in lines of words. */
export function longTextDocx(chars: number): Uint8Array {
  const line = 'Designed and ran the data platform for the whole company, '.repeat(2);
  const lines: string[] = [];
  for (let n = 0; n < chars; n += line.length) lines.push(paragraph(line));
  return docxOf([...HEAD.map(paragraph), ...lines].join(''));
}

/** A JSON Resume with `positions` positions and `schools` education entries. */
export function hugeJsonResume(positions: number, schools: number): string {
  const work = Array.from({ length: positions }, (_, i) => ({ name: `Example Works ${i}`, position: 'Engineer', startDate: '2019-01', endDate: '2020-01' }));
  const education = Array.from({ length: schools }, (_, i) => ({ institution: `Example University ${i}`, studyType: 'BSc', area: 'Physics', startDate: '2010', endDate: '2014' }));
  return JSON.stringify({ basics: { name: 'Ada Example', email: 'ada.example@example.org' }, work, education });
}

/** A pasted application listing `n` e-mail addresses and `n` phone numbers in its header. */
export function manyContactsText(n: number): string {
  const emails = Array.from({ length: n }, (_, i) => `ada.example${i}@example.org`);
  const phones = Array.from({ length: n }, (_, i) => `+1 415 555 01${String(i).padStart(2, '0')}`);
  return ['Ada Example', ...emails, ...phones.map((p) => `Phone: ${p}`), 'Experience', 'Staff Engineer, Examplesoft Inc.', '2019 – Present'].join('\n');
}

/** Inputs of one million characters shaped to make a backtracking pattern retry each character. */
export const MILLION_SHAPES: Record<string, () => string> = {
  letters: () => 'a'.repeat(1_000_000),
  'spaces between two letters': () => `a${' '.repeat(999_998)}b`,
  tabs: () => `a${'\t'.repeat(999_998)}b`,
  'a-a-a': () => 'a-'.repeat(500_000),
  'a.a.a': () => 'a.'.repeat(500_000),
  digits: () => '1'.repeat(1_000_000),
  'year-year-': () => '2019-'.repeat(200_000),
  'plus signs': () => '+'.repeat(1_000_000),
  'a date line then spaces': () => `Experience\n2019 – 2020${' '.repeat(999_980)}x`,
  'one long e-mail local part': () => `${'a'.repeat(999_990)}@x`,
};
