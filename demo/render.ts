// Fills the demo page's {{…}} tokens with dates relative to `now`, so its signs stay true on any day:
//   {{MS_DAYS_AGO_n}}          epoch ms n days ago (photo and banner upload times)
//   {{ACTIVITY_DAYS_AGO_n}}    an urn:li:activity id whose timestamp is n days ago (ms << 22)
//   {{MON_YYYY_MONTHS_AGO_n}}  "Mon YYYY" n months ago, in English
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 86_400_000;

export const DEMO_PROFILE_URL = 'https://www.linkedin.com/in/martin-kowalczyk-7b1a2c/';

export function renderDemo(html: string, now: Date): string {
  return html
    .replace(/\{\{MS_DAYS_AGO_(\d+)\}\}/g, (_, n: string) => String(now.getTime() - Number(n) * DAY))
    .replace(/\{\{ACTIVITY_DAYS_AGO_(\d+)\}\}/g, (_, n: string) => (BigInt(now.getTime() - Number(n) * DAY) << 22n).toString())
    .replace(/\{\{MON_YYYY_MONTHS_AGO_(\d+)\}\}/g, (_, n: string) => {
      const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - Number(n), 1));
      return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    });
}

export function demoProfileHtml(now = new Date()): string {
  return renderDemo(readFileSync(resolve(import.meta.dirname, 'profile.html'), 'utf8'), now);
}
