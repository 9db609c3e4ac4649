// `telltale scan`: read saved LinkedIn pages from disk with the same readers the content script
// uses, run the assessment, and print what was found (or JSON for scripts).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { assess } from '../assess.ts';
import { isSnapshot, readPage } from '../extract/index.ts';
import { pageStructure } from '../extract/structure.ts';
import type { Assessment, NotAProfile, ProfileSnapshot } from '../model.ts';
import { packageDisposableDomains } from '../signals/common/disposable-domains-package.ts';
import { UsageError, parseScanArgs, type Io, type ScanOptions } from './args.ts';

export const SCAN_USAGE = `Usage: telltale scan PATH... [--json] [--now YYYY-MM-DD] [--region CC] [--structure]

Reads saved LinkedIn pages (.html files; folders are searched recursively for *.html) and prints,
per page, the layout recognised, a summary of the profile and the findings.

Options:
  --json             print a JSON array, one object per page:
                     {"file","kind","layout","profile","score","level","findings","notChecked"}
                     or {"file","error"} for a page that could not be read
  --now YYYY-MM-DD   "today" for relative dates (default: the page's own capture time, else today)
  --region CC        default phone region (ISO 3166-1 alpha-2) for numbers without a country code
  --structure        print the page-structure file instead (what the panel's "Save the page
                     structure" downloads: tags, hooks and text shapes, no one's data); one page:
                     the file itself, several: a JSON array of {"file","structure"}
  -h, --help         this help

Exit status: 0 when every page was read, 2 when any could not be (or on bad arguments).
`;

/** The .html files under the given paths (folders recursively), in a stable order. */
export function collectFiles(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (name.toLowerCase().endsWith('.html') || name.toLowerCase().endsWith('.htm')) files.push(p);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, missing };
}

export type ScanEntry =
  | {
      file: string;
      kind: string;
      layout: string;
      profile: ProfileSnapshot | null;
      score: number | null;
      level: string | null;
      findings: Assessment['findings'];
      notChecked: Assessment['notChecked'];
      reason?: string;
    }
  | { file: string; error: string };

function todayNoon(): Date {
  return new Date(`${new Date().toISOString().slice(0, 10)}T12:00:00Z`);
}

export function scanFile(file: string, opts: Pick<ScanOptions, 'now' | 'region'>): ScanEntry {
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (err) {
    return { file, error: `cannot read the file: ${(err as Error).message}` };
  }
  let result: ProfileSnapshot | NotAProfile;
  try {
    const { document } = parseHTML(html);
    result = readPage(document as unknown as Document, null);
  } catch (err) {
    return { file, error: `cannot parse the page: ${(err as Error).message}` };
  }
  if (!isSnapshot(result)) {
    if (result.kind === 'not-a-profile') return { file, error: `not a LinkedIn profile page: ${result.reason}` };
    // An auth wall or a private profile is read correctly: there is simply nothing to assess.
    return { file, kind: result.kind, layout: result.layout, profile: null, score: null, level: null, findings: [], notChecked: [], reason: result.reason };
  }
  result.url = file;
  const now = opts.now ?? (result.capturedAround ? new Date(`${result.capturedAround}T12:00:00Z`) : todayNoon());
  const assessment = assess(result, { now, region: opts.region, memory: null, disposableDomains: packageDisposableDomains() });
  return {
    file,
    kind: result.kind,
    layout: result.layout,
    profile: result,
    score: assessment.score,
    level: assessment.level,
    findings: assessment.findings,
    notChecked: assessment.notChecked,
  };
}

function summaryLines(p: ProfileSnapshot): string[] {
  const lines: string[] = [];
  const who = [p.name ?? '(no name)', p.headline].filter(Boolean).join(' — ');
  lines.push(`  ${who}`);
  const facts = [
    p.location,
    p.connections !== null ? `${p.connections} connections` : null,
    p.followers !== null ? `${p.followers} followers` : null,
    p.hasPhoto === null ? null : p.hasPhoto ? 'photo' : 'no photo',
    p.verified ? 'verified' : null,
    p.capturedAround ? `captured ~${p.capturedAround}` : null,
  ].filter(Boolean);
  if (facts.length > 0) lines.push(`  ${facts.join(' · ')}`);
  const cov = p.coverage;
  const part = (label: string, shown: number, total: number | null, seen: boolean): string | null =>
    seen ? `${label} ${shown}${total !== null && total !== shown ? ` of ${total}` : ''}` : null;
  const seen = [
    part('experience', cov.experience.shown, cov.experience.total, cov.experience.seen),
    part('education', cov.education.shown, cov.education.total, cov.education.seen),
    part('certifications', cov.certifications.shown, cov.certifications.total, cov.certifications.seen),
    part('skills', cov.skills.shown, cov.skills.total, cov.skills.seen),
    part('activity', cov.activity.shown, cov.activity.total, cov.activity.seen),
    p.contact ? 'contact info' : null,
    p.aboutThisProfile ? 'about this profile' : null,
  ].filter(Boolean);
  lines.push(`  seen: ${seen.length > 0 ? seen.join(', ') : 'top card only'}`);
  const pending = (['experience', 'education', 'certifications', 'skills'] as const).filter((k) => cov[k].pending === true);
  if (pending.length > 0) lines.push(`  not loaded yet (the page renders them when scrolled to): ${pending.join(', ')}`);
  for (const pos of p.experience.slice(0, 3)) {
    lines.push(`    ${pos.title} · ${pos.company}${pos.dates ? ` (${pos.dates})` : ''}`);
  }
  if (p.experience.length > 3) lines.push(`    … ${p.experience.length - 3} more`);
  return lines;
}

export function formatEntry(entry: ScanEntry, base: string): string {
  const name = relative(base, entry.file) || entry.file;
  if ('error' in entry) return `${name}\n  could not read: ${entry.error}\n`;
  const lines = [`${name}  [${entry.kind}, ${entry.layout}]`];
  if (!entry.profile) {
    lines.push(`  ${entry.reason ?? 'nothing to assess'}`);
    return lines.join('\n') + '\n';
  }
  lines.push(...summaryLines(entry.profile));
  lines.push(`  score ${entry.score} (${entry.level}); ${entry.findings.length} finding${entry.findings.length === 1 ? '' : 's'}`);
  for (const f of entry.findings) lines.push(`    [${f.severity}] ${f.title}: ${f.evidence}`);
  if (entry.notChecked.length > 0) lines.push(`  not checked: ${entry.notChecked.map((n) => n.signal).join(', ')}`);
  return lines.join('\n') + '\n';
}

export async function runScan(args: readonly string[], io: Io): Promise<number> {
  let opts: ScanOptions | 'help';
  try {
    opts = parseScanArgs(args);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`telltale scan: ${err.message}\n\n${SCAN_USAGE}`);
      return 2;
    }
    throw err;
  }
  if (opts === 'help') {
    io.out(SCAN_USAGE);
    return 0;
  }
  const { files, missing } = collectFiles(opts.paths);
  if (opts.structure) return printStructures(files, missing, io);
  const entries: ScanEntry[] = missing.map((file) => ({ file, error: 'no such file or folder' }));
  for (const file of files) entries.push(scanFile(file, opts));
  if (files.length === 0 && missing.length === 0) {
    io.err(`telltale scan: no .html files under ${opts.paths.join(', ')}\n`);
    return 2;
  }
  if (opts.json) io.out(JSON.stringify(entries, null, 2) + '\n');
  else {
    const base = process.cwd();
    for (const e of entries) io.out(formatEntry(e, base) + '\n');
    const failed = entries.filter((e) => 'error' in e).length;
    io.out(`${entries.length} page${entries.length === 1 ? '' : 's'}, ${failed} could not be read\n`);
  }
  return entries.some((e) => 'error' in e) ? 2 : 0;
}

/** `--structure`: the page-structure file of each page, as the extension would save it. */
function printStructures(files: readonly string[], missing: readonly string[], io: Io): number {
  for (const m of missing) io.err(`telltale scan: no such file or folder: ${m}\n`);
  const out: { file: string; structure: ReturnType<typeof pageStructure> }[] = [];
  for (const file of files) {
    try {
      const document = parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
      out.push({ file, structure: pageStructure(document, null, readPage(document, null)) });
    } catch (err) {
      io.err(`telltale scan: cannot read ${file}: ${(err as Error).message}\n`);
      return 2;
    }
  }
  if (out.length === 0) {
    io.err('telltale scan: no .html files given\n');
    return 2;
  }
  io.out(JSON.stringify(out.length === 1 && missing.length === 0 ? out[0]?.structure : out) + '\n');
  return missing.length > 0 ? 2 : 0;
}
