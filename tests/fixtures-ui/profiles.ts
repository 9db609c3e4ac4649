// Invented profiles for the inline-UI tests, made from the demo profile (an invented person) by
// substitution, so they share its LinkedIn 2024 structure and its relative dates:
// - a second person ("Priya Natarajan") whose slug matches her name, for in-app navigation;
// - the demo with a name that is HTML markup, to prove profile text is rendered as text;
// - the demo with the contact-info overlay open, carrying a number that cannot exist;
// - a sign-in wall served at a profile address.
import { DEMO_CONTACT_URL, DEMO_PHONE, DEMO_PROFILE_URL, demoContactOverlayHtml, demoProfileHtml } from '../../demo/render.ts';

export { DEMO_PROFILE_URL };

export const SECOND_PROFILE_URL = 'https://www.linkedin.com/in/priya-natarajan-4c2d1e/';
export const CONTACT_OVERLAY_URL = DEMO_CONTACT_URL;
export const AUTHWALL_URL = 'https://www.linkedin.com/in/someone-signed-out-9f8e7d/';

/** What the markup name runs if it is ever parsed as HTML. */
export const XSS_NAME = '<img src=x onerror="window.__telltaleXss=1">';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function secondProfileHtml(now = new Date()): string {
  return demoProfileHtml(now)
    .replaceAll('martin-kowalczyk-7b1a2c', 'priya-natarajan-4c2d1e')
    .replaceAll('Jordan Ellis', 'Priya Natarajan')
    .replaceAll('Jordan', 'Priya')
    .replaceAll('918273645', '918273646');
}

export function markupNameHtml(now = new Date()): string {
  return demoProfileHtml(now).replaceAll('Jordan Ellis', escapeHtml(XSS_NAME));
}

/** A phone number with too few digits for any region: the invalid-number signal fires on it. */
export const IMPOSSIBLE_PHONE = DEMO_PHONE;

/** The demo's own Contact info view (demo/render.ts), which `npm start` serves too. */
export const contactOverlayHtml = demoContactOverlayHtml;

export const AUTHWALL_HTML = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sign Up | LinkedIn</title></head>
<body><main><h2>Join LinkedIn to see this profile</h2><form action="/uas/login-submit" method="post"><label>Email <input name="session_key"></label><button>Sign in</button></form></main></body></html>`;
