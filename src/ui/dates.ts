// Dates and times as the extension's own pages show them: one format, in the reader's locale
// (Intl.DateTimeFormat), the date part the same as shortDate's ("22 Nov 2026" in en-GB,
// "Nov 22, 2026" in en-US). A time is said only where it matters (when a report was made, the
// next delivery attempt); a date alone otherwise (shortDate in texts.ts).

/** "22 Nov 2026, 07:31" in the reader's locale and time zone; the raw text when it is not a date. */
export function shortDateTime(iso: string, locale?: string, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }).format(d);
}
