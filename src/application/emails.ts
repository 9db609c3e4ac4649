// E-mail addresses in free text, in one linear pass. Imports nothing: the worker uses it to mask a
// kept application's addresses in a report without carrying the application readers.

const LOCAL_CHAR = /[\p{L}\d._%+-]/u;
const DOMAIN_CHAR = /[\p{L}\d.-]/u;
const LETTERS_AT_START = /^\p{L}+/u;

/**
 * Every e-mail address in the text, as the pattern local@label(.label)*.tld (the top-level domain
 * two letters or more) would find them, in one pass: each "@" is looked at once, and the letters
 * around it are read once (a pattern would retry a long run of letters from each of its characters).
 */
export function findEmails(text: string): string[] {
  const out: string[] = [];
  let consumed = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > consumed && LOCAL_CHAR.test(text[start - 1]!)) start--;
    // Astral letters (two UTF-16 units) are not in any address this reads; a surrogate stops the run.
    if (start === at) continue;
    let end = at + 1;
    while (end < text.length && DOMAIN_CHAR.test(text[end]!)) end++;
    const domain = emailDomain(text.slice(at + 1, end));
    if (domain === null) continue;
    out.push(`${text.slice(start, at)}@${domain}`);
    consumed = at + 1 + domain.length;
  }
  return out;
}

/** The longest start of a run of domain characters that is label(.label)*.tld; null when none is. */
function emailDomain(run: string): string | null {
  const labels = run.split('.');
  // Labels end at the first empty one ("a..b", a leading or trailing dot).
  let count = labels.findIndex((l) => l === '');
  if (count === -1) count = labels.length;
  for (let last = count - 1; last >= 1; last--) {
    const tld = LETTERS_AT_START.exec(labels[last]!)?.[0];
    if (tld && tld.length >= 2) return [...labels.slice(0, last), tld].join('.');
  }
  return null;
}
