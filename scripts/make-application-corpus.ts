// Writes the application corpus (fixtures/applications/) from tests/application/corpus.ts: each
// invented person's résumé as text, PDF (headless Chromium's print-to-PDF of an HTML page), DOCX
// (hand-built Office Open XML zipped with fflate) and JSON Resume, in one- and two-column layouts,
// each with the expected values beside it; and the bad files (password-protected and image-only PDF,
// a cut-off DOCX, an image named .pdf, JSON that is not a résumé). The files are committed, so tests
// need no browser. The résumé's lines (each language's words, each entry style) are written by
// tests/application/render.ts, which the comparison tests use too. Run this again only to change the
// corpus:
//   npx tsx scripts/make-application-corpus.ts [person-id…]   (with ids: only those people's files)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { PEOPLE, type EntryStyle, type Lang, type Person } from '../tests/application/corpus.ts';
import { WORDS, contactBlocks, expected, mainBlocks, renderText, skillBlocks, type Block } from '../tests/application/render.ts';

const OUT = fileURLToPath(new URL('../fixtures/applications/', import.meta.url));
const CHROMIUM = process.env.TELLTALE_CHROMIUM ?? '/usr/bin/chromium';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function blockHtml(b: Block): string {
  if (b.kind === 'heading') return `<h2>${esc(b.text)}</h2>`;
  if (b.kind === 'bullet') return `<ul><li>${esc(b.text)}</li></ul>`;
  if (b.kind === 'para') return `<p>${esc(b.text)}</p>`;
  const text = b.bold ? `<b>${esc(b.text)}</b>` : esc(b.text);
  return b.right ? `<div class="row"><span>${text}</span><span>${esc(b.right)}</span></div>` : `<div>${text}</div>`;
}

function renderHtml(p: Person, layout: string, style: EntryStyle): string {
  const w = WORDS[p.lang];
  const css = `@page { size: A4; margin: 18mm 16mm; } body { font: 10.5pt/1.45 "DejaVu Sans", sans-serif; margin: 0; color: #222; }
h1 { font-size: 20pt; margin: 0 0 4pt; text-align: center; } h2 { font-size: 11.5pt; text-transform: uppercase; letter-spacing: .06em; margin: 12pt 0 4pt; border-bottom: 1px solid #999; }
ul { margin: 0 0 0 14pt; padding: 0; } p { margin: 0 0 4pt; } .row { display: flex; justify-content: space-between; } .row span:last-child { white-space: nowrap; padding-left: 14pt; }
.contact { text-align: center; font-size: 9.5pt; margin-bottom: 6pt; }
.cols { display: grid; grid-template-columns: 190pt 1fr; column-gap: 26pt; } .side { font-size: 8.5pt; } .side h2 { font-size: 9.5pt; }`;
  const lang = `<html lang="${p.lang}"><head><meta charset="utf-8"><style>${css}</style></head><body><h1>${esc(p.name)}</h1>`;
  if (layout === 'two-column') {
    const side = [{ kind: 'heading', text: w.contact } as Block, ...contactBlocks(p, w, false), ...skillBlocks(p, w)].map(blockHtml).join('');
    return `${lang}<div class="cols"><div class="side">${side}</div><div class="main">${mainBlocks(p, style, w).map(blockHtml).join('')}</div></div></body></html>`;
  }
  const contact = contactBlocks(p, w, false).map((b) => esc((b as { text: string }).text)).join(' | ');
  return `${lang}<div class="contact">${contact}</div>${[...mainBlocks(p, style, w), ...skillBlocks(p, w)].map(blockHtml).join('')}</body></html>`;
}

function printPdf(html: string, out: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'telltale-corpus-'));
  try {
    const page = join(dir, 'page.html');
    writeFileSync(page, html);
    execFileSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${out}`, `file://${page}`], { stdio: 'ignore', timeout: 60_000 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function screenshot(html: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'telltale-corpus-'));
  try {
    const page = join(dir, 'page.html');
    writeFileSync(page, html);
    const png = join(dir, 'shot.png');
    execFileSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--window-size=800,1100', `--screenshot=${png}`, `file://${page}`], { stdio: 'ignore', timeout: 60_000 });
    return readFileSync(png);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- DOCX ------------------------------------------------------------------------------------

const xmlEsc = (s: string): string => esc(s).replace(/"/g, '&quot;');

function para(b: Block): string {
  const run = (text: string, bold = false): string => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xmlEsc(text)}</w:t></w:r>`;
  if (b.kind === 'heading') return `<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>${run(b.text.toUpperCase(), true)}</w:p>`;
  if (b.kind === 'bullet') return `<w:p><w:pPr><w:ind w:left="360"/></w:pPr>${run(`• ${b.text}`)}</w:p>`;
  if (b.kind === 'line' && b.right) return `<w:p>${run(b.text, b.bold)}<w:r><w:tab/></w:r>${run(b.right)}</w:p>`;
  return `<w:p>${run(b.text, b.kind === 'line' && b.bold)}</w:p>`;
}

function docx(p: Person, layout: string, style: EntryStyle): Uint8Array {
  const w = WORDS[p.lang];
  const title = `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>${xmlEsc(p.name)}</w:t></w:r></w:p>`;
  let body: string;
  if (layout === 'two-column') {
    const cell = (blocks: Block[], width: number): string => `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${blocks.map(para).join('')}</w:tc>`;
    const side = [{ kind: 'heading', text: w.contact } as Block, ...contactBlocks(p, w, true), ...skillBlocks(p, w)];
    body = `${title}<w:tbl><w:tblPr><w:tblW w:w="9600" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="6600"/></w:tblGrid><w:tr>${cell(side, 3000)}${cell(mainBlocks(p, style, w), 6600)}</w:tr></w:tbl>`;
  } else {
    const contact = contactBlocks(p, w, false).map((b) => (b as { text: string }).text).join(' | ');
    body = title + para({ kind: 'line', text: contact }) + [...mainBlocks(p, style, w), ...skillBlocks(p, w)].map(para).join('');
  }
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  const files = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(document),
  };
  // A fixed time keeps the zip the same from run to run.
  return zipSync(files, { mtime: new Date('2026-01-01T00:00:00Z') });
}

// ---- JSON Resume -------------------------------------------------------------------------------

function jsonResume(p: Person): string {
  const [city, country] = p.location.split(/,\s*/);
  const codes: Record<string, string> = { Sweden: 'SE', Deutschland: 'DE', France: 'FR', España: 'ES', Portugal: 'PT', Norway: 'NO' };
  return JSON.stringify(
    {
      $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
      basics: {
        name: p.name,
        email: p.email,
        phone: p.phone,
        summary: p.summary,
        location: { city, countryCode: codes[country ?? ''] ?? '' },
        profiles: p.linkedin ? [{ network: 'LinkedIn', url: p.linkedin }] : [],
      },
      work: p.positions.map((x) => ({ name: x.employer, position: x.title, startDate: x.start, ...(x.end ? { endDate: x.end } : {}), highlights: x.bullets ?? [] })),
      education: p.education.map((e) => ({ institution: e.school, studyType: e.degree, area: e.field, ...(e.start ? { startDate: e.start } : {}), endDate: e.end })),
      skills: p.skills.map((name) => ({ name })),
    },
    null,
    2,
  );
}

// ---- bad files -------------------------------------------------------------------------------

/** RC4, for the standard security handler of a password-protected PDF (revision 2, 40-bit). */
function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const padded = (pw: string): Buffer => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);
const md5 = (...parts: Uint8Array[]): Buffer => parts.reduce((h, p) => h.update(p), createHash('md5')).digest();

/** A one-page PDF whose user password is "secret": readers must ask for it. */
function encryptedPdf(): Buffer {
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const p = -44;
  const o = rc4(md5(padded('owner')).subarray(0, 5), padded('secret'));
  const pBytes = Buffer.alloc(4);
  pBytes.writeInt32LE(p);
  const key = md5(padded('secret'), o, pBytes, id).subarray(0, 5);
  const u = rc4(key, PAD);
  const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    '<< /Length 8 >>\nstream\n\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\nendstream',
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /P ${p} /O <${hex(o)}> /U <${hex(u)}> >>`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<${hex(id)}> <${hex(id)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

function main(): void {
  // With person ids, only their files are written (the index always lists everyone): the PDFs of
  // the others are not printed again.
  const only = process.argv.slice(2);
  const index: { file: string; person: string; lang: Lang; format: string; layout: string; style: EntryStyle }[] = [];
  for (const p of PEOPLE) {
    for (const f of p.files) {
      const file = `${p.id}.${p.lang}.${f.format}`;
      const path = join(OUT, file);
      if (only.length > 0 && !only.includes(p.id)) {
        index.push({ file, person: p.id, lang: p.lang, format: f.format, layout: f.layout, style: f.style });
        continue;
      }
      if (f.format === 'txt') writeFileSync(path, renderText(p, f.layout, f.style));
      else if (f.format === 'pdf') printPdf(renderHtml(p, f.layout, f.style), path);
      else if (f.format === 'docx') writeFileSync(path, docx(p, f.layout, f.style));
      else writeFileSync(path, jsonResume(p) + '\n');
      writeFileSync(`${path}.expected.json`, JSON.stringify(expected(p, f.format), null, 2) + '\n');
      index.push({ file, person: p.id, lang: p.lang, format: f.format, layout: f.layout, style: f.style });
      console.log(`wrote ${file}`);
    }
  }
  writeFileSync(join(OUT, 'index.json'), JSON.stringify(index, null, 2) + '\n');
  if (only.length > 0) return;

  const anna = PEOPLE[0]!;
  const bad: Record<string, { bytes: Uint8Array; error: string }> = {
    'password-protected.pdf': { bytes: encryptedPdf(), error: 'encrypted-pdf' },
    'scanned-image-only.pdf': { bytes: new Uint8Array(0), error: 'image-only-pdf' },
    'cut-off.docx': { bytes: docx(anna, 'one-column', 'title-dash-employer').subarray(0, 700), error: 'corrupt-docx' },
    'photo-named-as.pdf': { bytes: new Uint8Array(0), error: 'wrong-type' },
    'not-a-resume.json': { bytes: strToU8(JSON.stringify({ basics: { name: 42 }, work: 'Acme' }) + '\n'), error: 'not-json-resume' },
    'spreadsheet.docx': { bytes: zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }, { mtime: new Date('2026-01-01T00:00:00Z') }), error: 'wrong-type' },
  };
  const shot = screenshot(renderHtml(anna, 'one-column', 'title-dash-employer'));
  bad['photo-named-as.pdf']!.bytes = shot;
  const scanned = join(OUT, 'bad', 'scanned-image-only.pdf');
  printPdf(`<html><head><style>@page{size:A4;margin:0}body{margin:0}</style></head><body><img style="width:100%" src="data:image/png;base64,${shot.toString('base64')}"></body></html>`, scanned);
  for (const [file, { bytes, error }] of Object.entries(bad)) {
    if (file !== 'scanned-image-only.pdf') writeFileSync(join(OUT, 'bad', file), bytes);
    writeFileSync(join(OUT, 'bad', `${file}.expected.json`), JSON.stringify({ error }, null, 2) + '\n');
    console.log(`wrote bad/${file}`);
  }
}

main();
