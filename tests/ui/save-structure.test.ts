// "Save the page structure" in the panel (issue 10, item 6): offered only when the layout was not
// understood, downloads the structure file through an <a download> made inside Telltale's own
// shadow root, and only on the user's trusted click.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageStructure, type PageStructure } from '../../src/extract/structure.ts';
import { rootOf } from '../../src/ui/hosts.ts';
import { createInlineUi } from '../../src/ui/inline.tsx';
import { saveStructureOnClick } from '../../src/ui/save-structure.ts';
import { assessment, click, elementsOf, pageDocument, PROFILE_HTML, syntheticClick } from './dom.ts';

const URL_ = 'https://www.linkedin.com/in/jordan-ellis-1a2b3c/';
const panelRoot = (doc: Document) => rootOf(doc.querySelector('[data-telltale="panel"]'));
const pillButton = (doc: Document) => rootOf(doc.querySelector('[data-telltale="pill"]'))!.querySelector('button');
const saveButton = (doc: Document) => [...(panelRoot(doc)?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Save the page structure');

function setup() {
  const doc = pageDocument(PROFILE_HTML);
  const build = vi.fn((): PageStructure => pageStructure(doc, URL_, null));
  const ui = createInlineUi(doc, { saveStructure: saveStructureOnClick(build) });
  // What the download link was, when it was clicked: where it sat, its name and its Blob.
  const clicks: { inOwnRoot: boolean; download: string; json: Promise<string> }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const href = `blob:https://www.linkedin.com/${blobs.size}`;
    blobs.set(href, blob as Blob);
    return href;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const proto = Object.getPrototypeOf(doc.createElement('a')) as { click(): void };
  vi.spyOn(proto, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push({ inOwnRoot: this.getRootNode() === panelRoot(doc), download: this.getAttribute('download') ?? '', json: blobs.get(this.getAttribute('href') ?? '')!.text() });
  });
  return { doc, ui, build, clicks };
}

afterEach(() => vi.restoreAllMocks());

describe('Save the page structure', () => {
  it('is offered on a page whose layout is new to Telltale, and saves the file on a trusted click only', async () => {
    const { doc, ui, build, clicks } = setup();
    ui.showUnreadable('this LinkedIn layout is new to Telltale', null, true);
    click(pillButton(doc));
    expect(saveButton(doc)).toBeDefined();

    syntheticClick(saveButton(doc));
    expect(build).not.toHaveBeenCalled();
    expect(clicks).toEqual([]);

    click(saveButton(doc));
    expect(build).toHaveBeenCalledTimes(1);
    expect(clicks).toHaveLength(1);
    expect(clicks[0]!.inOwnRoot).toBe(true);
    expect(clicks[0]!.download).toMatch(/^telltale-page-structure-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await clicks[0]!.json) as PageStructure;
    expect(file.telltalePageStructure).toBe(1);
    expect(file.route).toBe('//www.linkedin.com/in/:slug/');
    expect(JSON.stringify(file)).not.toMatch(/jordan|ellis|1a2b3c/i);
    // The link is gone again; the status says what was saved.
    expect(panelRoot(doc)!.querySelector('a[download]')).toBeNull();
    expect(panelRoot(doc)!.querySelector('[role="status"]')?.textContent).toMatch(/^Saved telltale-page-structure-/);
  });

  it('is offered for a profile read in a layout new to Telltale', () => {
    const { doc, ui } = setup();
    ui.showAssessment({ url: URL_, profileKey: 'member:1', assessment: { ...assessment([]), layoutNew: true }, review: null, elements: elementsOf(doc) });
    click(pillButton(doc));
    expect(saveButton(doc)).toBeDefined();
  });

  it('is not offered where the layout was understood: a profile, a sign-in wall', () => {
    const { doc, ui } = setup();
    ui.showAssessment({ url: URL_, profileKey: 'member:1', assessment: assessment([]), review: null, elements: elementsOf(doc) });
    click(pillButton(doc));
    expect(panelRoot(doc)).not.toBeNull();
    expect(saveButton(doc)).toBeUndefined();
    ui.showUnreadable('LinkedIn shows a sign-in wall or redirect, not a profile');
    click(pillButton(doc));
    expect(panelRoot(doc)).not.toBeNull();
    expect(saveButton(doc)).toBeUndefined();
  });
});
