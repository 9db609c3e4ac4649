// Firefox: profile data leaves the browser only with the optional data-collection consent, asked
// inside the click on "Send report" (the popup's form and the report page's).
import browser from 'webextension-polyfill';
import { SENDING_DESTINATIONS, type Destination } from '../../src/settings.ts';

const isFirefox = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';

export async function consentToSend(destinations: Destination[]): Promise<boolean> {
  if (!isFirefox || !destinations.some((d) => SENDING_DESTINATIONS.includes(d))) return true;
  try {
    return await browser.permissions.request({ data_collection: ['personallyIdentifyingInfo', 'websiteContent'] });
  } catch {
    return true; // this Firefox has no data-collection permissions to ask for
  }
}
