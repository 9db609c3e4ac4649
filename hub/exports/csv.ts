// Confirmed cases as CSV (RFC 4180): a header row, one row per case, CRLF line ends, a field
// quoted when it holds a comma, a double quote, CR or LF, its quotes doubled. Several values in
// one field are joined with "; ". A field a spreadsheet would read as a formula (it begins with
// "=", "+", "-", "@", a tab or CR) gets a leading "'", so opening the file runs nothing
// (OWASP, "CSV Injection"); the value is otherwise as the report carried it.
import { caseDetails, type CaseDetails, type ConfirmedCase } from './case.ts';

const COLUMNS: [header: string, value: (d: CaseDetails) => string | number | null][] = [
  ['profile_key', (d) => d.profileKey],
  ['status', (d) => d.status],
  ['name', (d) => d.names[0] ?? null],
  ['other_names', (d) => d.names.slice(1).join('; ')],
  ['headline', (d) => d.headlines[0] ?? null],
  ['public_identifiers', (d) => d.publicIdentifiers.join('; ')],
  ['profile_urls', (d) => d.profileUrls.join('; ')],
  ['phones', (d) => d.phones.map((p) => p.value).join('; ')],
  ['emails', (d) => d.emails.map((e) => e.value).join('; ')],
  ['finding_titles', (d) => d.findingTitles.join('; ')],
  ['note', (d) => d.note],
  ['triaged_at', (d) => d.triagedAt],
  ['triaged_by', (d) => d.triagedBy],
  ['report_count', (d) => d.reportCount],
  ['first_reported', (d) => d.firstReported],
  ['last_reported', (d) => d.lastReported],
  ['first_seen', (d) => d.firstSeen],
  ['last_seen', (d) => d.lastSeen],
];

/** One CSV field: formula-looking text defused, then quoted when RFC 4180 needs it. */
export function csvField(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function casesToCsv(cases: readonly ConfirmedCase[]): string {
  const rows = [COLUMNS.map(([header]) => header), ...cases.map(caseDetails).map((d) => COLUMNS.map(([, value]) => value(d)))];
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
