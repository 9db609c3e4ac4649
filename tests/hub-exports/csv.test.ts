import { describe, expect, it } from 'vitest';
import { casesToCsv, csvField } from '../../hub/exports/csv.ts';
import { ALEX_HEADLINE, ALEX_KEY, ALEX_NAME, DANA_EMAIL, DANA_KEY, DANA_NAME, NEVER, PRIYA_LEAKS, alex, dana } from './cases.ts';

/** RFC 4180 read back: fields split at commas outside quotes, records at CRLF outside quotes, "" a quote. */
function parse(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  expect(field).toBe('');
  expect(quoted).toBe(false);
  return rows;
}

describe('CSV export', () => {
  const rows = parse(casesToCsv([dana, alex]));
  const [header, ...records] = rows;
  const cell = (record: string[], column: string) => record[header!.indexOf(column)];

  it('has a header and one row per case, every row as long as the header', () => {
    expect(header).toEqual([
      'profile_key', 'status', 'name', 'other_names', 'headline', 'public_identifiers', 'profile_urls', 'phones', 'emails', 'finding_titles',
      'note', 'triaged_at', 'triaged_by', 'report_count', 'first_reported', 'last_reported', 'first_seen', 'last_seen',
    ]);
    expect(records).toHaveLength(2);
    for (const r of records) expect(r).toHaveLength(header!.length);
  });

  it('holds the clear details, status, triage and report dates', () => {
    const [d] = records as [string[]];
    expect(cell(d, 'profile_key')).toBe(DANA_KEY);
    expect(cell(d, 'status')).toBe('confirmed_fraud');
    expect(cell(d, 'name')).toBe(DANA_NAME);
    expect(cell(d, 'other_names')).toBe('Dana Oneil');
    // A cell that begins with "+" is defused like any formula.
    expect(cell(d, 'phones')).toBe("'+1 555 0142; +1 (555) 0141; +1 555 0140");
    expect(cell(d, 'emails')).toBe(`${DANA_EMAIL}; dj.work@example.test`);
    expect(cell(d, 'note')).toBe('Same phone as two other applicants.');
    expect(cell(d, 'triaged_by')).toBe('Sam (security)');
    expect(cell(d, 'report_count')).toBe('2');
    expect(cell(d, 'first_reported')).toBe('2026-11-10T12:00:00.000Z');
    expect(cell(d, 'first_seen')).toBe('2026-10-01T08:00:00.000Z');
    expect(cell(records[1]!, 'profile_key')).toBe(ALEX_KEY);
  });

  it('defuses formulas and keeps commas, quotes and new lines inside their field', () => {
    const a = records[1]!;
    expect(cell(a, 'name')).toBe(`'${ALEX_NAME}`);
    expect(cell(a, 'headline')).toBe(ALEX_HEADLINE);
    expect(cell(a, 'note')).toBe("'-check the payroll account, @finance");
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe('"\'\rx"');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
  });

  it('carries nothing from a report outside the confirmed cases, nor notes, screenshots or local keys', () => {
    const text = casesToCsv([dana, alex]);
    for (const leak of [...PRIYA_LEAKS, ...NEVER]) expect(text).not.toContain(leak);
  });
});
