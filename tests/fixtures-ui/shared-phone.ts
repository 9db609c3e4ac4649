// Two invented people whose contact overlays list one work number, written two ways: Tomasz Weber
// (the committed fixture) and Anna Kowal (made from it). For the checks that meet on a shared detail:
// the browser's own memory (tests/e2e/memory-report.test.ts) and the team's hub (team-story.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

export const TOMASZ_URL = 'https://www.linkedin.com/in/tomasz-weber-example/overlay/contact-info/';
export const ANNA_URL = 'https://www.linkedin.com/in/anna-kowal-example/overlay/contact-info/';
/** The number both show, as Anna's overlay writes it (Tomasz's: "0044 20 7946 0018"). */
export const SHARED_PHONE = '+44 20 7946 0018';

export const tomaszContactHtml = (): string => readFileSync(join(root, 'fixtures/overlays/contact-info.html'), 'utf8');

/** A second invented person whose contact overlay lists Tomasz's work number, written another way. */
export const annaContactHtml = (): string =>
  tomaszContactHtml()
    .replaceAll('tomasz-weber-example', 'anna-kowal-example')
    .replaceAll('Tomasz Weber', 'Anna Kowal')
    .replaceAll('Tomasz', 'Anna')
    .replaceAll('900000002', '900000077')
    .replaceAll('D4E03AQExample2', 'D4E03AQExample77')
    .replaceAll('tomasz.weber@example.com', 'anna.kowal@example.com')
    .replaceAll('+48 601 234 567', '+48 602 765 432')
    .replaceAll('0044 20 7946 0018', SHARED_PHONE);
