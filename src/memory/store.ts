// The extension's memory of viewed profiles, in storage.local:
//   mem:catalog              one small entry per remembered profile (name, URL, last seen, level, size)
//   mem:profile:<key>        its versions: each a minimised snapshot with when it was first and last seen
//   mem:index                shared-detail index: "<kind>:<hmac-sha-256>" → profile keys that showed it
//   mem:key                  the per-install key of that index (install-key.ts)
// A profile's record may also hold the last comparison with the candidate's application (findings
// only, its phones and emails as index hashes; the application's text only when the user asked).
// Bounded by the retention period (a profile or version not seen for that long is dropped) and by
// a size cap (the least recently seen profiles go first). Callers serialise access (one worker).
import { maskFindings } from './mask.ts';
import type { MemoryView, ProfileSnapshot, SharedDetail } from '../model.ts';
import type { StorageArea } from '../storage/area.ts';
import { detailHash, detailsOf, normaliseEmail, normalisePhone, normalisePhoto, type DetailKind } from './identifiers.ts';
import type { PhotoPrint } from '../photo/print.ts';
import { fitSnapshot, MEMORY_FIT_STEPS } from '../snapshot-cut.ts';
import { differsFrom, foldSameVersion, minimiseSnapshot } from './versions.ts';

export const CATALOG_KEY = 'mem:catalog';
export const INDEX_KEY = 'mem:index';
export const PROFILE_PREFIX = 'mem:profile:';
const profileStoreKey = (profileKey: string) => `${PROFILE_PREFIX}${profileKey}`;

export interface Version {
  firstSeen: string;
  lastSeen: string;
  snapshot: ProfileSnapshot;
}

export interface ProfileRecord {
  profileKey: string;
  versions: Version[];
  /** Index keys this profile contributed, so forgetting it removes them. */
  details: string[];
  /** The last comparison with the candidate's application (src/compare.ts), when one was made. */
  application?: StoredComparison;
  /**
   * The index keys the kept comparison added (the application's phones and emails that the profile
   * did not show): they go with it when it is replaced or deleted. Not in StoredComparison, so a
   * report carrying the comparison never carries them.
   */
  applicationDetails?: string[];
  /**
   * The print of the profile's photo (src/photo/print.ts) and which uploaded image it is of (the
   * normalised photo address): laid on the snapshot again while the profile shows that image, so
   * its picture is compared without being captured again.
   */
  photoPrint?: { photo: string; print: PhotoPrint };
}

/**
 * What is kept of a comparison with an application: its findings and what was not compared, the
 * file's name and kind, and the application's text only when the user ticked "keep the application".
 * The application's phones and emails are kept as shared-detail index hashes only (in `details`).
 */
export interface StoredComparison {
  comparedAt: string;
  source: string;
  fileName: string | null;
  findings: { id: string; signal: string; severity: 'info' | 'warn' | 'alert'; title: string; evidence: string }[];
  notChecked: string[];
  text: string | null;
  /**
   * true when the application's phones and e-mails are masked in the findings ("+1 ••• ••• 5309"):
   * the user did not ask to keep the application (PRIVACY.md). Absent in comparisons kept before.
   */
  contactsMasked?: boolean;
  /**
   * The application's phones and e-mails as written, kept only with the application (the user ticked
   * "Keep the application"): a report masks them unless the user ticks that (src/report/kept-application.ts).
   */
  contacts?: { phones: string[]; emails: string[] };
}

/** The application's text, when kept, is cut to this many characters (a résumé is far under it). */
export const MAX_APPLICATION_TEXT_CHARS = 30_000;

export interface CatalogEntry {
  profileUrl: string | null;
  name: string | null;
  firstSeen: string;
  lastSeen: string;
  level: 'low' | 'medium' | 'high' | null;
  score: number | null;
  /** Titles of the strongest findings at the last view, for the popup's list. */
  top: string[];
  /** Stored size of the record, in UTF-16 code units of its JSON (what the size cap counts). */
  size: number;
}

export type Catalog = Record<string, CatalogEntry>;
export type DetailIndex = Record<string, string[]>;

export interface MemoryLimits {
  retentionDays: number;
  /** Total size of all profile records (see CatalogEntry.size). */
  maxBytes: number;
  /** Versions kept per profile; the oldest go first. */
  maxVersions: number;
}

export const DEFAULT_LIMITS: Omit<MemoryLimits, 'retentionDays'> = { maxBytes: 4_000_000, maxVersions: 12 };
const MAX_DETAILS_PER_PROFILE = 40;
/**
 * One profile's share of memory, as JSON: no single profile can push the others out. A stored
 * version is cut (lists first: snapshot-cut.ts) to VERSION_CHARS, and a record over PROFILE_CHARS
 * drops its oldest versions; a real profile is far under both.
 */
export const MAX_VERSION_CHARS = 40_000;
export const MAX_PROFILE_CHARS = 100_000;

/** What memory keeps of a view: minimised, then cut to its share. Every comparison uses the same cut. */
export function memoryVersionOf(seen: ProfileSnapshot): ProfileSnapshot {
  return fitSnapshot(minimiseSnapshot(seen), MAX_VERSION_CHARS, MEMORY_FIT_STEPS);
}
const DAY_MS = 86_400_000;

export interface AssessmentSummary {
  level: CatalogEntry['level'];
  score: number | null;
  top: string[];
}

/** A profile address without scheme, host variant, query or trailing slash, lowercased. */
function urlKey(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    const m = /^\/in\/([^/]+)/.exec(u.pathname);
    return m ? decodeURIComponent(m[1]!).toLowerCase() : null;
  } catch {
    return null;
  }
}

export function createMemory(area: StorageArea) {
  async function readCatalog(): Promise<Catalog> {
    return ((await area.get([CATALOG_KEY]))[CATALOG_KEY] as Catalog | undefined) ?? {};
  }
  async function readIndex(): Promise<DetailIndex> {
    return ((await area.get([INDEX_KEY]))[INDEX_KEY] as DetailIndex | undefined) ?? {};
  }
  async function readRecord(profileKey: string): Promise<ProfileRecord | null> {
    return ((await area.get([profileStoreKey(profileKey)]))[profileStoreKey(profileKey)] as ProfileRecord | undefined) ?? null;
  }

  /**
   * What the history signals see for a member about to be assessed: the stored versions that differ
   * from what is on screen now (oldest first; `seenAt` is when that version was last seen), and the
   * other profiles that showed one of this page's details.
   */
  async function view(profileKey: string, seen: ProfileSnapshot, merged: ProfileSnapshot, region: string | null): Promise<Omit<MemoryView, 'reports'>> {
    const record = await readRecord(profileKey);
    const versions = record?.versions ?? [];
    const latest = versions[versions.length - 1];
    const earlier = latest && !differsFrom(latest.snapshot, memoryVersionOf(seen)) ? versions.slice(0, -1) : versions;
    // The stored photo URL has no query (a signed, expiring token). When it is the same image as on
    // screen now, it is handed over as the URL on screen, so a comparison of URLs sees no change.
    const nowPhoto = seen.photo ?? merged.photo;
    const samePhoto = (s: ProfileSnapshot) => s.photo !== null && nowPhoto !== null && s.photo.url === nowPhoto.url.split('?')[0];
    const previous = earlier.map((v) => ({
      seenAt: v.lastSeen,
      snapshot: samePhoto(v.snapshot) ? { ...v.snapshot, photo: { ...v.snapshot.photo!, url: nowPhoto!.url } } : v.snapshot,
    }));

    const [catalog, index] = await Promise.all([readCatalog(), readIndex()]);
    // One member can be remembered under two keys (a member id on one page, only the slug on a
    // guest page): the same profile address is the same member, never "another profile".
    const self = urlKey(merged.profileUrl ?? merged.url);
    const shared: SharedDetail[] = [];
    for (const detail of detailsOf(merged, region)) {
      const owners = index[await detailHash(area, detail.kind, detail.normalised)] ?? [];
      const others = owners
        .filter((k) => k !== profileKey && catalog[k] && (self === null || urlKey(catalog[k]!.profileUrl) !== self))
        .map((k) => ({ profileUrl: catalog[k]!.profileUrl, name: catalog[k]!.name }));
      if (others.length === 0) continue;
      // One detail can have several keys (a print's variants): one entry, each other profile once.
      const same = shared.find((s) => s.detail === detail.kind && s.value === detail.shown);
      if (!same) shared.push(detail.likeness ? { detail: detail.kind, value: detail.shown, others, likeness: true } : { detail: detail.kind, value: detail.shown, others });
      else for (const o of others) if (!same.others.some((x) => x.profileUrl === o.profileUrl && x.name === o.name)) same.others.push(o);
    }
    // A profile with the very same upload is named there; its print's likeness would say less of it again.
    const upload = shared.find((s) => s.detail === 'photo' && !s.likeness);
    const picture = shared.find((s) => s.likeness);
    if (upload && picture) picture.others = picture.others.filter((o) => !upload.others.some((x) => x.profileUrl === o.profileUrl && x.name === o.name));
    return { previous, shared: shared.filter((s) => s.others.length > 0) };
  }

  /** Keeps this view of the member: a new version when it differs, else folded into the latest. */
  async function record(
    profileKey: string,
    seen: ProfileSnapshot,
    merged: ProfileSnapshot,
    region: string | null,
    summary: AssessmentSummary,
    now: Date,
    limits: MemoryLimits,
  ): Promise<void> {
    const at = now.toISOString();
    const minimal = memoryVersionOf(seen);
    const record = (await readRecord(profileKey)) ?? { profileKey, versions: [], details: [] };
    const latest = record.versions[record.versions.length - 1];
    if (latest && !differsFrom(latest.snapshot, minimal)) {
      record.versions[record.versions.length - 1] = { ...latest, lastSeen: at, snapshot: foldSameVersion(latest.snapshot, minimal) };
    } else {
      record.versions.push({ firstSeen: at, lastSeen: at, snapshot: minimal });
    }
    const cutoff = now.getTime() - limits.retentionDays * DAY_MS;
    record.versions = record.versions.filter((v) => Date.parse(v.lastSeen) >= cutoff).slice(-limits.maxVersions);
    // A folded version can grow (the longer list wins): it is cut again, and the oldest go past the share.
    const last = record.versions.length - 1;
    record.versions[last] = { ...record.versions[last]!, snapshot: fitSnapshot(record.versions[last]!.snapshot, MAX_VERSION_CHARS, MEMORY_FIT_STEPS) };
    while (record.versions.length > 1 && JSON.stringify(record).length > MAX_PROFILE_CHARS) record.versions.shift();

    const photo = merged.photo?.print ? normalisePhoto(merged.photo.url) : null;
    if (photo !== null && merged.photo?.print) record.photoPrint = { photo, print: merged.photo.print };
    const hashes = await Promise.all(detailsOf(merged, region).map((d) => detailHash(area, d.kind, d.normalised)));
    const added = hashes.filter((h) => !record.details.includes(h));
    // Past the cap, what the profile no longer shows goes first (a photo's print brings up to nine
    // keys: the phone and e-mail it still shows must not be pushed out by them).
    const shown = new Set(hashes);
    record.details = [...record.details.filter((h) => !shown.has(h)), ...record.details.filter((h) => shown.has(h)), ...added].slice(-MAX_DETAILS_PER_PROFILE);
    // A detail the profile shows now is the profile's too: deleting the comparison must not drop it.
    if (record.applicationDetails) record.applicationDetails = record.applicationDetails.filter((h) => !hashes.includes(h));

    const [catalog, index] = await Promise.all([readCatalog(), readIndex()]);
    for (const h of added) {
      const owners = index[h] ?? [];
      if (!owners.includes(profileKey)) index[h] = [...owners, profileKey];
    }
    // Hashes pushed out by the per-profile cap leave the index too.
    for (const [h, owners] of Object.entries(index)) {
      if (owners.includes(profileKey) && !record.details.includes(h)) dropOwner(index, h, profileKey);
    }
    const newest = record.versions[record.versions.length - 1]!.snapshot;
    catalog[profileKey] = {
      profileUrl: newest.profileUrl ?? newest.url,
      name: newest.name ?? catalog[profileKey]?.name ?? null,
      firstSeen: catalog[profileKey]?.firstSeen ?? record.versions[0]!.firstSeen,
      lastSeen: at,
      level: summary.level,
      score: summary.score,
      top: summary.top.slice(0, 3),
      size: JSON.stringify(record).length,
    };
    await area.set({ [profileStoreKey(profileKey)]: record, [CATALOG_KEY]: catalog, [INDEX_KEY]: index });
    await prune(now, limits);
  }

  function dropOwner(index: DetailIndex, hash: string, profileKey: string): void {
    const owners = (index[hash] ?? []).filter((k) => k !== profileKey);
    if (owners.length > 0) index[hash] = owners;
    else delete index[hash];
  }

  async function removeProfiles(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    const [catalog, index] = await Promise.all([readCatalog(), readIndex()]);
    const gone = new Set(keys);
    for (const k of keys) delete catalog[k];
    for (const [h, owners] of Object.entries(index)) {
      if (owners.some((o) => gone.has(o))) {
        const left = owners.filter((o) => !gone.has(o));
        if (left.length > 0) index[h] = left;
        else delete index[h];
      }
    }
    await area.remove(keys.map(profileStoreKey));
    await area.set({ [CATALOG_KEY]: catalog, [INDEX_KEY]: index });
  }

  /** Drops profiles not seen within the retention period, then the least recently seen over the size cap. */
  async function prune(now: Date, limits: MemoryLimits): Promise<string[]> {
    const catalog = await readCatalog();
    const cutoff = now.getTime() - limits.retentionDays * DAY_MS;
    const entries = Object.entries(catalog).sort(([, a], [, b]) => Date.parse(a.lastSeen) - Date.parse(b.lastSeen));
    const drop: string[] = [];
    let total = entries.reduce((sum, [, e]) => sum + e.size, 0);
    for (const [key, entry] of entries) {
      if (Date.parse(entry.lastSeen) < cutoff || total > limits.maxBytes) {
        drop.push(key);
        total -= entry.size;
      }
    }
    await removeProfiles(drop);
    return drop;
  }

  /** The kept print of this profile's photo when it is of the image at `photoUrl`; null otherwise. */
  async function printFor(profileKey: string, photoUrl: string): Promise<PhotoPrint | null> {
    const kept = (await readRecord(profileKey))?.photoPrint;
    return kept && kept.photo === normalisePhoto(photoUrl) ? kept.print : null;
  }

  async function forget(profileKey: string): Promise<boolean> {
    const catalog = await readCatalog();
    const known = profileKey in catalog || (await readRecord(profileKey)) !== null;
    await removeProfiles([profileKey]);
    return known;
  }

  /**
   * Keeps a comparison with the candidate's application on a remembered profile, and its phones and
   * emails in the shared-detail index under this profile (so another profile showing them is
   * matched). It replaces the one kept before, whose own index keys go unless the new one has them
   * too. false when the profile is not remembered (nothing is kept without it).
   */
  async function rememberComparison(
    profileKey: string,
    comparison: Omit<StoredComparison, 'comparedAt'>,
    contact: { phones: readonly string[]; emails: readonly string[] },
    region: string | null,
    now: Date,
  ): Promise<boolean> {
    const record = await readRecord(profileKey);
    const catalog = await readCatalog();
    if (!record || !catalog[profileKey]) return false;
    const text = comparison.text === null ? null : comparison.text.slice(0, MAX_APPLICATION_TEXT_CHARS);
    // Without the application kept, its phones and e-mails are kept only masked in the findings
    // (and as index hashes below): what the user was told, in storage, export and reports alike.
    const masked = text === null;
    const findings = masked ? maskFindings(comparison.findings, contact) : comparison.findings;
    record.application = {
      ...comparison,
      findings,
      text,
      contactsMasked: masked,
      ...(masked ? {} : { contacts: { phones: [...contact.phones], emails: [...contact.emails] } }),
      comparedAt: now.toISOString(),
    };
    const normalised = [
      ...contact.phones.map((p) => ({ kind: 'phone' as const, n: normalisePhone(p, region) })),
      ...contact.emails.map((e) => ({ kind: 'email' as const, n: normaliseEmail(e) })),
    ].filter((d): d is { kind: 'phone' | 'email'; n: string } => d.n !== null);
    const hashes = [...new Set(await Promise.all(normalised.map((d) => detailHash(area, d.kind, d.n))))];
    const before = new Set(record.applicationDetails ?? []);
    // What the profile itself showed stays; what only the previous application added goes first.
    const fromProfile = record.details.filter((h) => !before.has(h));
    const added = hashes.filter((h) => !fromProfile.includes(h));
    record.details = [...fromProfile, ...added].slice(-MAX_DETAILS_PER_PROFILE);
    record.applicationDetails = added.filter((h) => record.details.includes(h));
    catalog[profileKey] = { ...catalog[profileKey]!, size: JSON.stringify(record).length };
    await area.set({ [profileStoreKey(profileKey)]: record, [CATALOG_KEY]: catalog, [INDEX_KEY]: reindex(await readIndex(), profileKey, record.details) });
    return true;
  }

  /** The index with this profile owning exactly `details`. */
  function reindex(index: DetailIndex, profileKey: string, details: readonly string[]): DetailIndex {
    for (const h of details) {
      const owners = index[h] ?? [];
      if (!owners.includes(profileKey)) index[h] = [...owners, profileKey];
    }
    for (const [h, owners] of Object.entries(index)) {
      if (owners.includes(profileKey) && !details.includes(h)) dropOwner(index, h, profileKey);
    }
    return index;
  }

  /** Deletes the kept comparison and the index keys only it added; the profile stays remembered. false when none was kept. */
  async function forgetComparison(profileKey: string): Promise<boolean> {
    const record = await readRecord(profileKey);
    if (!record?.application) return false;
    const gone = new Set(record.applicationDetails ?? []);
    delete record.application;
    delete record.applicationDetails;
    record.details = record.details.filter((h) => !gone.has(h));
    const catalog = await readCatalog();
    const writes: Record<string, unknown> = { [profileStoreKey(profileKey)]: record, [INDEX_KEY]: reindex(await readIndex(), profileKey, record.details) };
    if (catalog[profileKey]) writes[CATALOG_KEY] = { ...catalog, [profileKey]: { ...catalog[profileKey]!, size: JSON.stringify(record).length } };
    await area.set(writes);
    return true;
  }

  async function comparisonOf(profileKey: string): Promise<StoredComparison | null> {
    return (await readRecord(profileKey))?.application ?? null;
  }

  async function versionsOf(profileKey: string): Promise<Version[]> {
    return (await readRecord(profileKey))?.versions ?? [];
  }

  return { view, record, printFor, prune, forget, versionsOf, readCatalog, readIndex, rememberComparison, forgetComparison, comparisonOf };
}

export type Memory = ReturnType<typeof createMemory>;
export type { DetailKind };
