// The demo's pages from its template (demo/profile.html), with no file system: shared by Node
// (./render.ts reads the file) and the extension's example page (extension/example/, which bundles
// the template). Fills the {{…}} tokens with dates relative to `now`, so its signs stay true on any day:
//   {{MS_DAYS_AGO_n}}          epoch ms n days ago (photo and banner upload times)
//   {{ACTIVITY_DAYS_AGO_n}}    an urn:li:activity id whose timestamp is n days ago (ms << 22)
//   {{MON_YYYY_MONTHS_AGO_n}}  "Mon YYYY" n months ago, in English

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

/** The demo's Contact info and About this profile views (its panel recommends opening both). */
export const DEMO_CONTACT_URL = `${DEMO_PROFILE_URL}overlay/contact-info/`;
export const DEMO_ABOUT_URL = `${DEMO_PROFILE_URL}overlay/about-this-profile/`;

/** A phone number no country has (a sign the demo shows): "+1 555 01" is too short for NANP. */
export const DEMO_PHONE = '+1 555 01';

/** The demo profile with one of LinkedIn's overlay dialogs open over it, as LinkedIn draws it in-app. */
function withDialog(template: string, now: Date, dialog: string): string {
  return renderDemo(template, now).replace('</body>', `<div id="artdeco-modal-outlet"><div class="artdeco-modal-overlay">${dialog}</div></div>\n</body>`);
}

export function demoContactOverlayFrom(template: string, now: Date): string {
  return withDialog(
    template,
    now,
    `<div role="dialog" aria-labelledby="pv-contact-info" class="artdeco-modal" tabindex="-1">
    <div class="artdeco-modal__header"><h2 id="pv-contact-info">Contact info</h2></div>
    <div class="artdeco-modal__content">
      <section class="pv-contact-info__contact-type"><h3 class="pv-contact-info__header">Phone</h3>
        <ul><li><span class="t-14 t-black t-normal">${DEMO_PHONE}</span> <span class="t-14 t-black--light t-normal">(Mobile)</span></li></ul>
      </section>
      <section class="pv-contact-info__contact-type"><h3 class="pv-contact-info__header">Email</h3>
        <div><a href="mailto:jordan.ellis@example.com">jordan.ellis@example.com</a></div>
      </section>
    </div>
  </div>`,
  );
}

/** An account joined long ago whose name, photo and contact details all changed in recent months. */
export function demoAboutOverlayFrom(template: string, now: Date): string {
  const block = (heading: string, line: string) => `<div class="display-flex"><svg aria-hidden="true"></svg><div><h3 class="t-16 t-bold">${heading}</h3><p class="t-14">${line}</p></div></div>`;
  return withDialog(
    template,
    now,
    renderDemo(
      `<div role="dialog" aria-labelledby="about-this-profile-title" class="artdeco-modal" tabindex="-1">
      <button aria-label="Dismiss" class="artdeco-modal__dismiss" type="button"></button>
      <div class="artdeco-modal__header"><h2 id="about-this-profile-title">About this profile</h2></div>
      <div class="artdeco-modal__content">
        ${block('Joined', 'March 2012')}
        ${block('Name', 'Last updated {{MON_YYYY_MONTHS_AGO_2}}')}
        ${block('Profile photo', 'Last updated less than 6 months ago')}
        ${block('Contact information', 'Last updated {{MON_YYYY_MONTHS_AGO_1}}')}
      </div>
    </div>`,
      now,
    ),
  );
}

/** Every page of the demo, by address: the profile and the views its panel sends the user to. */
export function demoSiteFrom(template: string, now: Date): Map<string, string> {
  return new Map([
    [DEMO_PROFILE_URL, renderDemo(template, now)],
    [DEMO_CONTACT_URL, demoContactOverlayFrom(template, now)],
    [DEMO_ABOUT_URL, demoAboutOverlayFrom(template, now)],
  ]);
}
