import { describe, expect, it } from 'vitest';
import { deleteAll, exportAll, importAll } from '../../src/data/export.ts';
import { normaliseAbout, normalisePhone, normalisePhoto } from '../../src/memory/identifiers.ts';
import { createMemory, DEFAULT_LIMITS, type MemoryLimits } from '../../src/memory/store.ts';
import { differsFrom } from '../../src/memory/versions.ts';
import { fakeArea, position, snapshot, withContact } from '../worker/fakes.ts';

const DAY = 86_400_000;
const T0 = new Date('2026-06-01T10:00:00Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY);
const limits: MemoryLimits = { ...DEFAULT_LIMITS, retentionDays: 90 };
const summary = { level: 'medium' as const, score: 3, top: ['Something'] };

async function visit(memory: ReturnType<typeof createMemory>, key: string, s: ReturnType<typeof snapshot>, when: Date, l = limits, region: string | null = 'GB') {
  const view = await memory.view(key, s, s, region);
  await memory.record(key, s, s, region, summary, when, l);
  return view;
}

describe('what is kept of a profile', () => {
  it('keeps a minimised copy: no About, contact, activity, descriptions or signed photo query', async () => {
    const area = fakeArea();
    const memory = createMemory(area);
    const s = withContact({ ...snapshot(), about: 'A long About text '.repeat(10) }, ['+44 20 7946 0018'], ['jane@example.com']);
    await visit(memory, 'slug:jane-doe', s, T0);
    const [version] = await memory.versionsOf('slug:jane-doe');
    expect(version!.snapshot.about).toBeNull();
    expect(version!.snapshot.contact).toBeNull();
    expect(version!.snapshot.skills).toEqual([]);
    expect(version!.snapshot.experience.every((p) => p.description === null)).toBe(true);
    expect(version!.snapshot.photo!.url).not.toContain('?');
    // The index holds hashes only: no number, address or About text anywhere in storage.
    const stored = [...area.data.values()].join('\n');
    expect(stored).not.toMatch(/7946|jane@example|About text/);
  });
});

describe('changed since last seen', () => {
  it('hands over the earlier version when name and a past position were rewritten', async () => {
    const memory = createMemory(fakeArea());
    const v1 = snapshot();
    expect((await visit(memory, 'k', v1, T0)).previous).toEqual([]);
    // The same page again: nothing earlier that differs.
    expect((await visit(memory, 'k', snapshot(), at(1))).previous).toEqual([]);
    const v2 = snapshot({
      name: 'John Smith',
      experience: [position('Engineer', 'Initech', '2013-01', '2019-06'), position('Senior Engineer', 'Globex', '2019-07', null)],
    });
    expect(differsFrom(v1, v2)).toBe(true);
    const view = await visit(memory, 'k', v2, at(2));
    expect(view.previous).toHaveLength(1);
    expect(view.previous[0]!.seenAt).toBe(at(1).toISOString());
    expect(view.previous[0]!.snapshot.name).toBe('Jane Doe');
    expect(view.previous[0]!.snapshot.experience[0]!.company).toBe('Acme');
    // The photo is the same image: handed over with the URL on screen, so no false "new photo".
    expect(view.previous[0]!.snapshot.photo!.url).toBe(v2.photo!.url);
    expect(await memory.versionsOf('k')).toHaveLength(2);
  });

  it('treats more positions loaded later (lazy sections, details page) as the same version', async () => {
    const memory = createMemory(fakeArea());
    const partial = snapshot({ experience: [position('Senior Engineer', 'Globex', '2019-07', null)], experienceShownAll: false });
    partial.coverage.experience = { seen: true, shown: 1, total: 2 };
    await visit(memory, 'k', partial, T0);
    const full = snapshot();
    expect((await visit(memory, 'k', full, at(0.01))).previous).toEqual([]);
    const versions = await memory.versionsOf('k');
    expect(versions).toHaveLength(1);
    expect(versions[0]!.snapshot.experience).toHaveLength(2);
  });

  it('keeps at most maxVersions versions, oldest dropped first', async () => {
    const memory = createMemory(fakeArea());
    for (let i = 0; i < 5; i++) await visit(memory, 'k', snapshot({ headline: `Headline ${i}` }), at(i), { ...limits, maxVersions: 3 });
    const versions = await memory.versionsOf('k');
    expect(versions.map((v) => v.snapshot.headline)).toEqual(['Headline 2', 'Headline 3', 'Headline 4']);
  });
});

describe('retention and size cap', () => {
  it('drops a profile not seen within the retention period, and its index entries', async () => {
    const area = fakeArea();
    const memory = createMemory(area);
    await visit(memory, 'old', withContact(snapshot({ slug: 'old' }), ['+44 20 7946 0018']), T0);
    await visit(memory, 'new', snapshot({ slug: 'new', name: 'Other Person' }), at(60));
    expect(await memory.prune(at(89), limits)).toEqual([]);
    expect(await memory.prune(at(91), limits)).toEqual(['old']);
    expect(Object.keys(await memory.readCatalog())).toEqual(['new']);
    expect(Object.values(await memory.readIndex()).flat()).toEqual(['new']); // its photo
    expect(area.data.has('mem:profile:old')).toBe(false);
  });

  it('drops the least recently seen profiles when over the size cap', async () => {
    const memory = createMemory(fakeArea());
    for (let i = 0; i < 5; i++) await visit(memory, `p${i}`, snapshot({ slug: `p${i}` }), at(i), { ...limits, maxBytes: 1e9 });
    const sizes = Object.values(await memory.readCatalog()).map((e) => e.size);
    const cap = sizes.reduce((a, b) => a + b, 0) - 1; // one byte too many: the oldest must go
    expect(await memory.prune(at(5), { ...limits, maxBytes: cap })).toEqual(['p0']);
    const two = sizes[0]! * 2 + 10;
    expect(await memory.prune(at(5), { ...limits, maxBytes: two })).toEqual(['p1', 'p2']);
    expect(Object.keys(await memory.readCatalog()).sort()).toEqual(['p3', 'p4']);
  });
});

describe('shared across profiles', () => {
  it('finds one phone number written two ways on two profiles and names the other profile', async () => {
    const memory = createMemory(fakeArea());
    await visit(memory, 'a', withContact(snapshot({ slug: 'a', name: 'Alex Brown', profileUrl: 'https://www.linkedin.com/in/a/' }), ['+44 20 7946 0018']), T0);
    const b = withContact(snapshot({ slug: 'b', name: 'Sam Green' }), ['020 7946 0018'], ['sam@example.com']);
    const view = await visit(memory, 'b', b, at(1));
    expect(view.shared).toEqual([
      { detail: 'phone', value: '020 7946 0018', others: [{ profileUrl: 'https://www.linkedin.com/in/a/', name: 'Alex Brown' }] },
    ]);
    // And the first profile now sees the second.
    const again = await memory.view('a', withContact(snapshot({ slug: 'a' }), ['+442079460018']), withContact(snapshot({ slug: 'a' }), ['+442079460018']), 'GB');
    expect(again.shared[0]!.others[0]!.name).toBe('Sam Green');
  });

  it('matches photos by uploaded image and About texts by normalised wording', async () => {
    const memory = createMemory(fakeArea());
    const about = 'I build reliable distributed systems and love mentoring engineers across time zones, remote first since 2015.';
    await visit(memory, 'a', snapshot({ slug: 'a', about }), T0);
    const b = snapshot({
      slug: 'b',
      name: 'Other',
      about: about.toUpperCase().replace(/,/g, ' ,'),
      photo: { url: 'https://media.licdn.com/dms/image/v2/D4E03AQa/profile-displayphoto-shrink_100_100/profile-displayphoto-shrink_100_100/0/1700000000000?e=2&t=y', uploadedAt: null },
    });
    const view = await visit(memory, 'b', b, at(1));
    expect(view.shared.map((s) => s.detail).sort()).toEqual(['about', 'photo']);
  });

  it('normalises details', () => {
    expect(normalisePhone('+1 (202) 555-0143', null)).toBe('+12025550143');
    expect(normalisePhone('0044 20 7946 0018', null)).toBe('+442079460018');
    expect(normalisePhone('12', null)).toBeNull();
    expect(normalisePhoto('https://media.licdn.com/dms/image/v2/X/profile-displayphoto-shrink_800_800/profile-displayphoto-shrink_800_800/0/1?e=1')).toBe(
      'media.licdn.com/dms/image/v2/X/0/1',
    );
    expect(normaliseAbout('Too short to mean anything.')).toBeNull();
  });
});

describe('forget one profile', () => {
  it('removes its versions, catalog entry and index entries; the other profile no longer sees it', async () => {
    const area = fakeArea();
    const memory = createMemory(area);
    await visit(memory, 'a', withContact(snapshot({ slug: 'a' }), ['+44 20 7946 0018']), T0);
    await visit(memory, 'b', withContact(snapshot({ slug: 'b' }), ['+44 20 7946 0018']), T0);
    expect(await memory.forget('a')).toBe(true);
    expect(area.data.has('mem:profile:a')).toBe(false);
    expect(Object.keys(await memory.readCatalog())).toEqual(['b']);
    expect(Object.values(await memory.readIndex())).toEqual([['b'], ['b']]); // b's phone and photo
    const s = withContact(snapshot({ slug: 'b' }), ['+44 20 7946 0018']);
    expect((await memory.view('b', s, s, 'GB')).shared).toEqual([]);
    expect(await memory.forget('a')).toBe(false);
  });
});

describe('export and import', () => {
  it('round-trips every Telltale key but the index and its key; leaves other keys alone; keeps the secret out of the file', async () => {
    const area = fakeArea({ settings: { retentionDays: 30, webhookUrl: 'https://hooks.example.com/t', webhookSecret: 's3cret' }, 'review:k': { outcome: 'cleared', at: T0.toISOString() }, unrelated: 1 });
    const memory = createMemory(area);
    await visit(memory, 'a', withContact(snapshot({ slug: 'a' }), ['+44 20 7946 0018']), T0);
    await visit(memory, 'b', withContact(snapshot({ slug: 'b' }), ['+44 20 7946 0018']), T0);
    const entry = { id: 'r1', profileKey: 'a', profileUrl: null, name: 'A', createdAt: T0.toISOString(), destinations: ['clipboard'], note: null, webhook: null, bundle: { format: 'telltale-evidence', idempotencyKey: 'r1' } };
    await area.set({ 'report:log': [entry] });
    const before = await area.getAll();

    const file = await exportAll(area, T0, '0.1.0');
    expect(JSON.stringify(file)).not.toContain('s3cret');
    expect(file.data.unrelated).toBeUndefined();
    const text = JSON.stringify(file); // what the user saves and loads back

    expect(await deleteAll(area)).toBeGreaterThan(4);
    expect(await area.getAll()).toEqual({ unrelated: 1 });
    // The webhook settings configured in this browser at import time are kept.
    await area.set({ settings: { webhookSecret: 's3cret', webhookUrl: 'https://hooks.example.com/t' } });
    expect(await importAll(area, JSON.parse(text))).toMatchObject({ ok: true });
    // The index and its key stay out of the file: profiles are indexed afresh when seen again.
    const { 'mem:index': _index, 'mem:key': _key, ...kept } = before;
    for (const [k, val] of Object.entries(kept)) if (k.startsWith('mem:profile:')) kept[k] = { ...(val as object), details: [] };
    expect(await area.getAll()).toEqual(kept);
  });

  it('refuses a file that is not an export, or has a malformed part, and changes nothing', async () => {
    const area = fakeArea({ settings: { retentionDays: 30 } });
    const before = await area.getAll();
    expect(await importAll(area, { hello: 1 })).toEqual({ ok: false, error: 'not a Telltale export file' });
    expect(await importAll(area, { format: 'telltale-export', version: 1, data: { 'mem:index': { h: 'not a list' } } })).toMatchObject({ ok: false });
    expect(await importAll(area, { format: 'telltale-export', version: 1, data: { 'chrome-secrets': 1 } })).toMatchObject({ ok: false });
    expect(await area.getAll()).toEqual(before);
  });
});

describe('views of different kinds', () => {
  it('compares the header only between main profile pages, positions with the details page', () => {
    const main = snapshot();
    const details = snapshot({ kind: 'details-experience', name: 'Jane D.', headline: null, photo: null });
    expect(differsFrom(main, details)).toBe(false);
    const rewrittenDetails = snapshot({ kind: 'details-experience', name: null, experience: [position('Engineer', 'Initech', '2015-01', '2019-06'), position('Senior Engineer', 'Globex', '2019-07', null)] });
    expect(differsFrom(main, rewrittenDetails)).toBe(true);
    expect(differsFrom(main, snapshot({ kind: 'activity', name: 'Someone Else', experience: [] }))).toBe(false);
  });
});

describe('placeholder photos', () => {
  it('never index a ghost avatar or a photo the page says is not the member\'s', async () => {
    const memory = createMemory(fakeArea());
    const ghost = { url: 'https://static.licdn.com/aero-v1/sc/h/ghost-person', uploadedAt: null };
    await visit(memory, 'a', snapshot({ slug: 'a', photo: ghost }), T0);
    const view = await visit(memory, 'b', snapshot({ slug: 'b', photo: ghost }), T0);
    expect(view.shared).toEqual([]);
    const noPhoto = snapshot({ slug: 'c', hasPhoto: false });
    await visit(memory, 'c', noPhoto, T0);
    expect((await visit(memory, 'd', { ...noPhoto, slug: 'd' }, T0)).shared).toEqual([]);
  });
});

describe('one member under two keys', () => {
  it('never reports a member as sharing a detail with itself', async () => {
    const memory = createMemory(fakeArea());
    const a = withContact(snapshot({ memberId: '123' }), ['+44 20 7946 0018']);
    await visit(memory, 'member:123', a, T0);
    const guest = withContact(snapshot({ memberId: null, layout: 'guest', profileUrl: 'https://uk.linkedin.com/in/Jane-Doe' }), ['+44 20 7946 0018']);
    expect((await visit(memory, 'slug:jane-doe', guest, at(1))).shared).toEqual([]);
  });
});
