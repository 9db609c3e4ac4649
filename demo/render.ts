// The demo for Node (npm start, the tests, the benches): demo/profile.html read from disk and
// filled by ./site.ts, which the extension's example page shares.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { demoAboutOverlayFrom, demoContactOverlayFrom, demoSiteFrom, renderDemo } from './site.ts';

export { DEMO_ABOUT_URL, DEMO_CONTACT_URL, DEMO_PHONE, DEMO_PROFILE_URL, renderDemo } from './site.ts';

const template = () => readFileSync(resolve(import.meta.dirname, 'profile.html'), 'utf8');

export function demoProfileHtml(now = new Date()): string {
  return renderDemo(template(), now);
}

export function demoContactOverlayHtml(now = new Date()): string {
  return demoContactOverlayFrom(template(), now);
}

/** An account joined long ago whose name, photo and contact details all changed in recent months. */
export function demoAboutOverlayHtml(now = new Date()): string {
  return demoAboutOverlayFrom(template(), now);
}

/** Every page of the demo, by address: the profile and the views its panel sends the user to. */
export function demoSite(now = new Date()): Map<string, string> {
  return demoSiteFrom(template(), now);
}
