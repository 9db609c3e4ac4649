// The parts of sending a report that happen in the page the user clicked in (the popup, the
// options page or the in-page form): the clipboard, a file download from a blob link, the mail
// handler, new tabs. The worker has none of these. No `browser` API here, so the content script's
// form can use it too; whoever mounts the form passes `openTab`.
import { t } from '../i18n.ts';
import type { ReportAnswer } from '../messages.ts';

export interface ClientActions {
  /** Opens a URL in a new tab (popup: tabs.create; page: window.open). */
  openTab(url: string): void | Promise<unknown>;
  doc?: Document;
}

/** One line per destination, for the form to show what happened. */
export interface ActionResult {
  destination: string;
  ok: boolean;
  message: string;
}

/** A download link for a blob, clicked once, and kept so the user can click it again. */
export function blobLink(doc: Document, name: string, type: string, content: string): HTMLAnchorElement {
  const a = doc.createElement('a');
  a.href = URL.createObjectURL(new Blob([content], { type }));
  a.download = name;
  a.textContent = name;
  return a;
}

export async function copyText(text: string, doc: Document = document): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Older paths (a page without the async clipboard): a selected textarea and execCommand.
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    doc.body.append(area);
    area.select();
    const ok = doc.execCommand('copy');
    area.remove();
    if (!ok) throw new Error('the browser did not allow copying');
  }
}

/**
 * Runs the user-side destinations of a made report, in an order that keeps the form alive: the
 * clipboard and downloads first, tabs last (a new tab closes the popup).
 */
export async function runClientDestinations(report: ReportAnswer, actions: ClientActions): Promise<{ results: ActionResult[]; links: HTMLAnchorElement[] }> {
  const doc = actions.doc ?? document;
  const chosen = new Set(report.bundle.destinations);
  const results: ActionResult[] = [{ destination: 'log', ok: true, message: 'Saved in your report log (popup → Reports).' }];
  const links: HTMLAnchorElement[] = [];

  if (chosen.has('clipboard') || report.ic3) {
    const text = report.ic3 ? report.ic3.text : report.text;
    try {
      await copyText(text, doc);
      results.push({ destination: 'clipboard', ok: true, message: report.ic3 ? 'Report text copied, ready to paste into the IC3 form.' : 'Report text copied to the clipboard.' });
    } catch (e) {
      results.push({ destination: 'clipboard', ok: false, message: `Could not copy: ${e instanceof Error ? e.message : String(e)}. Use the text file instead.` });
    }
  }
  if (chosen.has('download')) {
    const json = blobLink(doc, report.files.json, 'application/json', `${JSON.stringify(report.bundle, null, 2)}\n`);
    const text = blobLink(doc, report.files.text, 'text/plain', `${report.text}\n`);
    links.push(json, text);
    for (const a of links) a.click();
    results.push({ destination: 'download', ok: true, message: `Saved ${report.files.json} and ${report.files.text}.` });
  }
  if (report.webhook) {
    results.push({ destination: 'webhook', ok: true, message: 'Queued for your team webhook: it is retried until the server accepts it (see the popup).' });
  }
  if (report.hub) {
    results.push({ destination: 'team', ok: true, message: t('repclient_hub_queued', report.hub.team) });
  }
  if (report.notSent && report.notSent.length > 0) {
    results.push({ destination: 'not-sent', ok: false, message: t('repclient_not_sent', report.notSent.join('; ')) });
  }
  if (report.mailto) {
    const a = doc.createElement('a');
    a.href = report.mailto;
    a.click();
    results.push({ destination: 'email', ok: true, message: 'An email draft opened in your mail program (the full evidence is in the files).' });
  }
  if (report.linkedinUrl) {
    results.push({
      destination: 'linkedin',
      ok: true,
      message: 'On the profile, use LinkedIn\'s own "More → Report / Block": Telltale never clicks for you.',
    });
  }
  if (report.ic3) {
    await actions.openTab(report.ic3.url);
    results.push({ destination: 'ic3', ok: true, message: 'The FBI\'s IC3 complaint site opened; paste the copied text into the description.' });
  }
  return { results, links };
}
