// `telltale compare PROFILE.html APPLICATION`: read a saved profile page with the page readers and an
// application (PDF, DOCX, text or JSON Resume) with the application readers, run the comparison
// signals, and print the parsed application and what disagrees (or one JSON object for scripts).
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { ApplicationError, type Application } from '../application/model.ts';
import { describeCut } from '../application/limits.ts';
import { readApplicationFile } from '../application/node.ts';
import { compareWithApplication } from '../compare.ts';
import { isSnapshot, readPage } from '../extract/index.ts';
import type { ProfileSnapshot } from '../model.ts';
import { packageDisposableDomains } from '../signals/common/disposable-domains-package.ts';
import { describeDates } from '../signals/common/application.ts';
import { UsageError, parseScanArgs, type Io } from './args.ts';

export const COMPARE_USAGE = `Usage: telltale compare PROFILE.html APPLICATION.(pdf|docx|txt|json) [--json] [--now YYYY-MM-DD] [--region CC]

Reads a saved LinkedIn profile page and the candidate's application (a PDF or DOCX résumé, text
pasted from an ATS or an email, or a JSON Resume file), and prints the application as read and
every disagreement between the two, each with both values.

Options:
  --json             print one JSON object:
                     {"profile","application","findings":[{"signal","category","severity","title","evidence"}],"notChecked"}
  --now YYYY-MM-DD   "today" for "Present" (default: the page's own capture time, else today)
  --region CC        default phone region (ISO 3166-1 alpha-2) when neither side names a country
  -h, --help         this help

Exit status: 0 when both files were read, 2 when either could not be (or on bad arguments).
`;

function readProfile(file: string): ProfileSnapshot {
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read the profile page ${file}: ${(err as Error).message}`, { cause: err });
  }
  const { document } = parseHTML(html);
  const page = readPage(document as unknown as Document, null);
  if (!isSnapshot(page)) throw new Error(`${file} is not a LinkedIn profile Telltale can read (${page.kind}: ${page.reason})`);
  if (page.kind !== 'profile') throw new Error(`${file} is a ${page.kind} page, not a profile page`);
  // The readers take any page they cannot place for a profile of an unknown layout; with no profile
  // address and no Experience or Education there is nothing to compare an application with.
  if (page.layout === 'unknown' && !page.slug && page.experience.length === 0 && page.education.length === 0) {
    throw new Error(`${file} does not look like a LinkedIn profile page (no profile address, no Experience or Education)`);
  }
  page.url = file;
  return page;
}

function applicationLines(app: Application): string[] {
  const lines = [`application (${app.source}${app.fileName ? `, ${app.fileName}` : ''})`];
  for (const cut of app.cuts ?? []) lines.push(`  read in part: ${describeCut(cut)}`);
  lines.push(`  name: ${app.name ?? '(not read)'}`);
  lines.push(`  location: ${app.location ?? '(not read)'}`);
  lines.push(`  emails: ${app.emails.join(', ') || '(none)'}`);
  lines.push(`  phones: ${app.phones.map((p) => p.raw).join(', ') || '(none)'}`);
  lines.push(`  LinkedIn: ${app.linkedinUrls.join(', ') || '(none)'}`);
  lines.push(`  positions: ${app.positions.length}`);
  for (const p of app.positions) lines.push(`    ${p.title ?? '(no title)'} · ${p.employer} (${describeDates(p.start, p.end, p.current)})`);
  lines.push(`  education: ${app.education.length}`);
  for (const e of app.education) lines.push(`    ${[e.degree, e.field].filter(Boolean).join(', ') || '(no degree)'} · ${e.school} (${describeDates(e.start, e.end, false)})`);
  return lines;
}

export async function runCompare(args: readonly string[], io: Io): Promise<number> {
  let opts;
  try {
    opts = parseScanArgs(args);
    if (opts !== 'help' && opts.paths.length !== 2) throw new UsageError(`wants two files, PROFILE.html and APPLICATION, not ${opts.paths.length}`);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`telltale compare: ${err.message.replace('no PATH given', 'wants two files, PROFILE.html and APPLICATION')}\n\n${COMPARE_USAGE}`);
      return 2;
    }
    throw err;
  }
  if (opts === 'help') {
    io.out(COMPARE_USAGE);
    return 0;
  }
  const [profileFile, applicationFile] = opts.paths as [string, string];
  let profile: ProfileSnapshot;
  try {
    profile = readProfile(profileFile);
  } catch (err) {
    io.err(`telltale compare: ${(err as Error).message}\n`);
    return 2;
  }
  let application: Application;
  try {
    application = await readApplicationFile(applicationFile, { region: opts.region });
  } catch (err) {
    if (err instanceof ApplicationError) {
      io.err(`telltale compare: cannot read the application ${applicationFile} (${err.code}): ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const now = opts.now ?? (profile.capturedAround ? new Date(`${profile.capturedAround}T12:00:00Z`) : new Date(`${new Date().toISOString().slice(0, 10)}T12:00:00Z`));
  const result = compareWithApplication(profile, application, { now, region: opts.region, memory: null, disposableDomains: packageDisposableDomains() });
  if (opts.json) {
    const findings = result.findings.map(({ signal, category, severity, title, evidence }) => ({ signal, category, severity, title, evidence }));
    io.out(JSON.stringify({ profile, application, findings, notChecked: result.notChecked }, null, 2) + '\n');
    return 0;
  }
  const lines = [`profile ${profileFile}`, `  ${profile.name ?? '(no name)'}${profile.slug ? ` · /in/${profile.slug}/` : ''}${profile.location ? ` · ${profile.location}` : ''}`, '', ...applicationLines(application), ''];
  lines.push(`comparison: ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'} (${result.level}, ${result.score}); ${result.checksRun} of ${result.checksTotal} comparisons ran`);
  for (const f of result.findings) lines.push(`  [${f.severity}] ${f.title}: ${f.evidence}`);
  if (result.notChecked.length > 0) {
    lines.push('not compared:');
    for (const n of result.notChecked) lines.push(`  ${n.signal}${n.partial ? ' (partly)' : ''}: ${n.reason}; ${n.howToSee}`);
  }
  io.out(lines.join('\n') + '\n');
  return 0;
}
