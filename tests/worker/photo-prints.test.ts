// The photo's print in the worker (src/worker/photo-prints.ts) over in-memory storage, with the real
// signals and invented faces (tests/photo/pictures.ts): the popup asks for a print, the worker asks
// the content script where the photo is and captures the "screen", the profile is read again with
// the print, and the same face under another upload on another profile is found; the page cannot
// hand in a print of its own; every refusal is said.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../src/messages.ts';
import type { ProfileSnapshot } from '../../src/model.ts';
import type { Pixels } from '../../src/photo/print.ts';
import { buildBundle } from '../../src/report/bundle.ts';
import { sightingOf } from '../../src/team/sighting.ts';
import { newTeamKey } from '../../src/team/keys.ts';
import { createWorker, type WorkerEnv } from '../../src/worker/handlers.ts';
import { printKey } from '../../src/worker/photo-prints.ts';
import { inventFace, onScreen, recompress, render, seeded, type Face } from '../photo/pictures.ts';
import { fakeArea, snapshot } from './fakes.ts';
import { startTestHub, type TestHub } from './hub-fixture.ts';

const random = seeded(11);
const ada = inventFace(random);
const other = inventFace(random);

/** Where each tab's photo is drawn on its screen (CSS px; the screen is at devicePixelRatio 2). */
const BOX = { x: 40, y: 120, width: 128, height: 128 };
const VIEWPORT = { width: 640, height: 400 };
const DPR = 2;

interface Tab {
  url: string;
  face: Face;
  photoUrl: string;
  box: unknown;
}

function setup(over: Partial<WorkerEnv> = {}) {
  const session = fakeArea();
  const local = fakeArea();
  const told: { tabIds: number[]; profileKey: string }[] = [];
  const tabs = new Map<number, Tab>();
  const captures: number[] = [];
  const worker = createWorker({
    session,
    local,
    now: () => new Date('2026-12-01T10:00:00Z'),
    tellTabs: async (tabIds, push) => void told.push({ tabIds: [...tabIds], profileKey: push.profileKey }),
    askPhotoBox: async (tabId) => {
      const tab = tabs.get(tabId);
      if (!tab) throw new Error('no content script in that tab');
      return tab.box === undefined ? { box: BOX, viewport: VIEWPORT, src: tab.photoUrl } : tab.box;
    },
    // The screen as the browser would capture it: the photo drawn (another size of the picture, compressed again) inside the page.
    captureTab: async (tabId): Promise<Pixels> => {
      captures.push(tabId);
      const tab = tabs.get(tabId)!;
      const photo = recompress(render(tab.face, BOX.width * DPR), 2, random);
      return onScreen(photo, { width: VIEWPORT.width * DPR, height: VIEWPORT.height * DPR }, { x: BOX.x * DPR, y: BOX.y * DPR });
    },
    ...over,
  });

  /** A tab showing `slug`, its photo an upload of `face`: its snapshot is sent and remembered. */
  async function open(tabId: number, slug: string, face: Face, extra: Partial<ProfileSnapshot> = {}) {
    const s = snapshot({ slug, name: `${slug} person`, ...extra });
    tabs.set(tabId, { url: s.url ?? '', face, photoUrl: s.photo?.url ?? '', box: undefined });
    return read(tabId, s);
  }
  /** The content script reads its page again (as it does when told). */
  async function read(tabId: number, s?: ProfileSnapshot) {
    const shown = s ?? ((await state(tabId)) as Extract<TabState, { status: 'profile' }>).snapshot;
    const page = { ...shown, photo: shown.photo ? { url: shown.photo.url, uploadedAt: shown.photo.uploadedAt } : null };
    const answer = await worker.handlePage({ type: 'page/snapshot', snapshot: page }, { tabId, frameId: 0, url: page.url });
    if (!answer.ok || !('assessment' in answer)) throw new Error(JSON.stringify(answer));
    await worker.settled();
    return answer;
  }
  const state = async (tabId: number) => (await session.get([`tab:${tabId}`]))[`tab:${tabId}`] as TabState;
  const print = async (tabId: number) => {
    const answer = await worker.handleUi({ type: 'ui/photo-print', tabId });
    if (!answer.ok || !('outcome' in answer)) throw new Error(JSON.stringify(answer));
    return answer.outcome;
  };
  return { worker, session, local, told, tabs, captures, open, read, state, print };
}

const partPhoto = (s: TabState) => (s.status === 'profile' ? s.assessment.notChecked.find((n) => n.signal === 'photo') : undefined);

describe('the photo print, from the popup to the comparison', () => {
  it('finds the same face under another upload on another profile, once both prints are taken', async () => {
    const w = setup();
    await w.open(1, 'ada-one', ada);
    // Before a print, the picture itself is said not to be compared.
    expect(partPhoto(await w.state(1))).toMatchObject({ partial: true, reason: expect.stringMatching(/picture itself is not compared/) });

    expect(await w.print(1)).toBe('taken');
    expect(w.told.at(-1)).toEqual({ tabIds: [1], profileKey: 'slug:ada-one' });
    await w.read(1);
    const one = (await w.state(1)) as Extract<TabState, { status: 'profile' }>;
    expect(one.snapshot.photo?.print?.hash).toMatch(/^[0-9a-f]{32}$/);
    expect(partPhoto(one)).toBeUndefined();
    // Kept: asked again, nothing is captured again.
    expect(await w.print(1)).toBe('kept');
    expect(w.captures).toEqual([1]);

    // Another name, another upload (another image id), the same face.
    await w.open(2, 'bea-two', ada);
    let two = (await w.state(2)) as Extract<TabState, { status: 'profile' }>;
    expect(two.assessment.findings.filter((f) => f.signal === 'shared-across-profiles')).toEqual([]);
    expect(await w.print(2)).toBe('taken');
    await w.read(2);
    two = (await w.state(2)) as Extract<TabState, { status: 'profile' }>;
    const shared = two.assessment.findings.filter((f) => f.signal === 'shared-across-profiles' && f.id.includes('photo'));
    expect(shared).toHaveLength(1);
    // A likeness by the print, not the same file: a warning with the two photos to compare by eye.
    expect(shared[0]).toMatchObject({ severity: 'warn', title: "A photo that looks like another profile's" });
    expect(shared[0]!.evidence).toContain('ada-one person');
    expect(shared[0]!.evidence).toContain('by its fingerprint');
    expect(shared[0]!.howToVerify).toMatch(/compare the two photos by eye/);

    // A third profile with someone else's face meets neither.
    await w.open(3, 'cy-three', other);
    expect(await w.print(3)).toBe('taken');
    await w.read(3);
    const three = (await w.state(3)) as Extract<TabState, { status: 'profile' }>;
    expect(three.assessment.findings.filter((f) => f.signal === 'shared-across-profiles')).toEqual([]);
  });

  it('keeps the print with the profile: a later session lays it on again without a capture, until the photo changes', async () => {
    const w = setup();
    await w.open(1, 'ada-one', ada);
    expect(await w.print(1)).toBe('taken');
    await w.read(1);
    await w.session.remove(Object.keys(await w.session.getAll())); // the browser restarted
    const again = snapshot({ slug: 'ada-one', name: 'ada-one person' });
    await w.read(1, again);
    expect(((await w.state(1)) as Extract<TabState, { status: 'profile' }>).snapshot.photo?.print).toBeDefined();
    // A new upload on the same profile: the kept print is of the old image, so it is not laid on.
    const newPhoto = { url: again.photo!.url.replace('D4E03AQada-one', 'D4E03AQnewer'), uploadedAt: '2026-11-30' };
    await w.read(1, { ...again, photo: newPhoto });
    expect(((await w.state(1)) as Extract<TabState, { status: 'profile' }>).snapshot.photo?.print).toBeUndefined();
    expect(w.captures).toEqual([1]);
  });

  it('never takes a print from the page: a snapshot carrying one is read without it', async () => {
    const w = setup();
    const forged = snapshot({ slug: 'dee-four' });
    const answer = await w.worker.handlePage(
      { type: 'page/snapshot', snapshot: { ...forged, photo: { ...forged.photo!, print: { hash: '0123456789abcdef', weak: '0000000000000000' } } } },
      { tabId: 4, frameId: 0, url: forged.url },
    );
    expect(answer.ok).toBe(true);
    await w.worker.settled();
    const s = (await w.state(4)) as Extract<TabState, { status: 'profile' }>;
    expect(s.snapshot.photo?.print).toBeUndefined();
    expect(partPhoto(s)).toBeDefined();
  });

  it('says why no print was taken, and captures nothing it should not', async () => {
    const w = setup();
    expect(await w.print(9)).toBe('no-profile');
    await w.open(5, 'no-photo', ada, { hasPhoto: false, photo: null });
    expect(await w.print(5)).toBe('no-photo');
    // A ghost avatar (no upload of the member's own) has no picture to compare either.
    await w.open(6, 'ghost', ada, { photo: { url: 'https://static.licdn.com/aero-v1/sc/h/ghost-person.svg', uploadedAt: null } });
    expect(await w.print(6)).toBe('no-photo');

    await w.open(7, 'eve-seven', ada);
    w.tabs.get(7)!.box = null; // the photo is scrolled away, or something lies over it
    expect(await w.print(7)).toBe('not-shown');
    w.tabs.get(7)!.box = { box: BOX, viewport: VIEWPORT, src: 'https://media.licdn.com/dms/image/v2/SOMEONEELSE/x/0/1' };
    expect(await w.print(7)).toBe('not-shown'); // the image on screen is not the profile's photo
    w.tabs.get(7)!.box = { box: { x: 'a lot' }, viewport: VIEWPORT, src: w.tabs.get(7)!.photoUrl };
    expect(await w.print(7)).toBe('not-shown'); // the page's answer is checked
    w.tabs.get(7)!.box = { box: { ...BOX, x: VIEWPORT.width - 10 }, viewport: VIEWPORT, src: w.tabs.get(7)!.photoUrl };
    expect(await w.print(7)).toBe('not-shown'); // not on the captured screen
    expect(w.captures).toEqual([7]); // the only capture was the one whose box fell off the screen

    const refused = setup({ captureTab: async () => 'not-allowed' });
    await refused.open(1, 'ada-one', ada);
    expect(await refused.print(1)).toBe('not-allowed');
    const flat = setup({ captureTab: async () => ({ width: 1280, height: 800, data: new Uint8ClampedArray(1280 * 800 * 4).fill(200) }) });
    await flat.open(1, 'ada-one', ada);
    expect(await flat.print(1)).toBe('unreadable');
    const noBrowser = setup({ captureTab: undefined });
    await noBrowser.open(1, 'ada-one', ada);
    expect(await noBrowser.print(1)).toBe('not-allowed');
    // None of these left a print or told a tab to read again.
    for (const s of [refused, flat, noBrowser]) {
      expect(s.told).toEqual([]);
      expect(await s.session.get([printKey('slug:ada-one')])).toEqual({});
    }
  });

  it('keeps nothing captured across a Forget, an import or Delete all made while it was taken', async () => {
    for (const during of ['forget', 'delete-all', 'import'] as const) {
      const w: ReturnType<typeof setup> = setup({
        captureTab: async () => {
          if (during === 'forget') await w.worker.handleUi({ type: 'ui/forget', profileKey: 'slug:ada-one' });
          else if (during === 'delete-all') await w.worker.handleUi({ type: 'ui/delete-all' });
          else await w.worker.handleUi({ type: 'ui/import', file: { format: 'telltale-export', version: 1, exportedAt: '2026-12-01T10:00:00.000Z', extensionVersion: '1', note: '', data: {} } });
          const photo = recompress(render(ada, BOX.width * DPR), 2, random);
          return onScreen(photo, { width: VIEWPORT.width * DPR, height: VIEWPORT.height * DPR }, { x: BOX.x * DPR, y: BOX.y * DPR });
        },
      });
      await w.open(1, 'ada-one', ada);
      expect(await w.print(1), during).toBe('not-shown');
      expect(await w.session.get([printKey('slug:ada-one')]), during).toEqual({});
      // Only the Forget's own word to the tab (read again, nothing remembered), none from the print.
      expect(w.told, during).toEqual(during === 'forget' ? [{ tabIds: [1], profileKey: 'slug:ada-one' }] : []);
    }
  });

  it('refuses a page that moved between the two looks, and a capture that is not of the whole viewport', async () => {
    let moves = 0;
    const moving = setup({
      askPhotoBox: async () => ({ box: { ...BOX, y: BOX.y + 40 * moves++ }, viewport: VIEWPORT, src: snapshot({ slug: 'ada-one' }).photo!.url }),
    });
    await moving.open(1, 'ada-one', ada);
    expect(await moving.print(1)).toBe('not-shown');
    // A capture 15 px narrower than the viewport says (a scrollbar left out, a zoom): the scales across and down disagree.
    const narrow = setup({
      captureTab: async () => {
        const photo = recompress(render(ada, BOX.width * DPR), 2, random);
        return onScreen(photo, { width: (VIEWPORT.width - 15) * DPR, height: VIEWPORT.height * DPR }, { x: BOX.x * DPR, y: BOX.y * DPR });
      },
    });
    await narrow.open(1, 'ada-one', ada);
    expect(await narrow.print(1)).toBe('not-shown');
    // A box of no photo's size or shape (a banner, a sliver) is not taken as the photo.
    const banner = setup({ askPhotoBox: async () => ({ box: { x: 0, y: 0, width: 600, height: 120 }, viewport: VIEWPORT, src: snapshot({ slug: 'ada-one' }).photo!.url }) });
    await banner.open(1, 'ada-one', ada);
    expect(await banner.print(1)).toBe('not-shown');
    for (const s of [moving, narrow, banner]) expect(await s.session.get([printKey('slug:ada-one')])).toEqual({});
  });

  it('forgets the print with the profile', async () => {
    const w = setup();
    await w.open(1, 'ada-one', ada);
    expect(await w.print(1)).toBe('taken');
    await w.read(1);
    expect(Object.keys(await w.session.get([printKey('slug:ada-one')]))).toHaveLength(1);
    expect([...w.local.data.values()].some((v) => v.includes('"photoPrint"'))).toBe(true);
    const forgotten = await w.worker.handleUi({ type: 'ui/forget', profileKey: 'slug:ada-one' });
    expect(forgotten.ok).toBe(true);
    expect(await w.session.get([printKey('slug:ada-one')])).toEqual({});
    expect([...w.local.data.values()].some((v) => v.includes('"photoPrint"'))).toBe(false);
  });
});

describe('across a team (the real hub, PGlite)', () => {
  const teamKey = newTeamKey();
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(teamKey);
  }, 60_000);
  afterAll(async () => {
    await hub?.close();
  });

  it("Bob's look at the same face under another name and upload meets Alice's, through keyed hashes only", async () => {
    const sent: string[] = [];
    const hubFetch: typeof fetch = (input, init) => {
      if (typeof init?.body === 'string') sent.push(init.body);
      return fetch(input, init);
    };
    const alice = setup({ hubFetch });
    const bob = setup({ hubFetch });
    for (const [w, label] of [[alice, 'Alice'], [bob, 'Bob']] as const) {
      expect(await w.worker.handleUi({ type: 'ui/team-join', code: hub.codeFor(await hub.invite(label)) })).toMatchObject({ ok: true });
    }
    const look = async (w: ReturnType<typeof setup>, tabId: number) => {
      await w.read(tabId);
      await w.worker.teamSettled();
      return (await w.state(tabId)) as Extract<TabState, { status: 'profile' }>;
    };
    await alice.open(1, 'ada-one', ada);
    await alice.worker.teamSettled();
    expect(await alice.print(1)).toBe('taken');
    await look(alice, 1);

    await bob.open(2, 'bea-two', ada);
    await bob.worker.teamSettled();
    const before = await look(bob, 2);
    expect(before.assessment.findings.filter((f) => f.signal === 'team-shared-details')).toEqual([]);
    expect(await bob.print(2)).toBe('taken');
    // Read with the print, the question to the hub is a new one: asked again within the same look.
    await look(bob, 2);
    const after = await look(bob, 2);
    const photo = after.assessment.findings.filter((f) => f.signal === 'team-shared-details' && f.id.includes('photo'));
    expect(photo).toHaveLength(1);
    expect(photo[0]!.evidence).toMatch(/1 other profile/);
    expect(photo[0]).toMatchObject({ severity: 'warn', title: 'A photo that looks like one on other profiles your team saw' });
    // Bob's own memory never saw Ada: the match is the team's alone.
    expect(after.assessment.findings.filter((f) => f.signal === 'shared-across-profiles')).toEqual([]);
    // What went to the hub: keys, never a print, a name or an address.
    const prints = [alice, bob].map(async (w, i) => ((await w.state(i + 1)) as Extract<TabState, { status: 'profile' }>).snapshot.photo!.print!.hash);
    for (const hash of await Promise.all(prints)) expect(sent.join('\n')).not.toContain(hash);
    expect(sent.join('\n')).not.toMatch(/ada-one|bea-two|person|licdn/);
  }, 30_000);
});

describe('where the print goes', () => {
  const printed = { ...snapshot({ slug: 'ada-one' }), photo: { ...snapshot({ slug: 'ada-one' }).photo!, print: { hash: '00ff00ff00ff00ff00ff00ff00ff00ff', weak: '00000000000000000000000000000005' } } };

  it('the team is sent keyed hashes of the print (four variants beside the upload), never the print', async () => {
    const sighting = (await sightingOf(newTeamKey(), { snapshot: printed, level: null, at: new Date('2026-12-01T10:00:00Z'), region: null }))!;
    expect(sighting.details.filter((d) => d.kind === 'photo')).toHaveLength(1 + 4);
    expect(JSON.stringify(sighting)).not.toMatch(/00ff00ff|ada-one/);
  });

  it('a report carries the snapshot without the print', () => {
    const bundle = buildBundle({
      snapshot: printed,
      profileKey: 'slug:ada-one',
      assessment: { score: 0, level: 'low', findings: [], notChecked: [], checksRun: 1, checksTotal: 1 },
      earlier: [],
      idempotencyKey: 'k',
      createdAt: new Date('2026-12-01T10:00:00Z'),
      extensionVersion: '1',
      note: null,
      destinations: [],
      screenshot: null,
      screenshotNote: null,
    } as Parameters<typeof buildBundle>[0]);
    expect(bundle.snapshot.photo).toEqual({ url: printed.photo.url, uploadedAt: printed.photo.uploadedAt });
  });
});
