// Limits cut, they never blind the checks. A profile's owner writes its text, so a field or a list
// can be longer than the worker accepts (a 2,001-character name, 501 positions): instead of refusing
// the whole snapshot, and with it every finding on the page, each over-long text is cut to its limit
// and each over-long list to its cap. A cut list's coverage says that not all of it was read (so no
// signal takes what is left for the whole list), and `truncated` names what was cut.
//
// `cutSnapshot` takes anything and changes only values of the right type that are too long: for
// input of the snapshot's shape the schema (snapshot-schema.ts, which uses the same limits) then
// always accepts the result; anything else is left for the schema to refuse. `fitSnapshot` cuts a
// valid snapshot further, step by step, until its JSON is under a size: what one profile may take
// of the session area or of memory.
import type { CoveragePart, ProfileSnapshot } from './model.ts';

export interface CutLimits {
  /** About, descriptions. */
  text: number;
  /** Names, titles, dates as written, URLs of companies and schools. */
  short: number;
  /** Element references ("experience:3"). */
  ref: number;
  /** Photo and banner URLs. */
  url: number;
  /** Positions, education, certifications, activity. */
  list: number;
  skills: number;
  /** Phones, emails, websites. */
  contactList: number;
  verifications: number;
}

/** The worker's limits: what SnapshotSchema accepts. */
export const SNAPSHOT_LIMITS: CutLimits = { text: 20_000, short: 2_000, ref: 100, url: 4_000, list: 500, skills: 2_000, contactList: 50, verifications: 50 };

/** At most this many cut places are named; the list ends with "…" when there were more. */
export const MAX_TRUNCATED_NAMES = 100;

type TextKind = 'text' | 'short' | 'ref' | 'url';
type Spec = TextKind | { list: Spec; cap: 'list' | 'skills' | 'contactList' | 'verifications'; part?: CoveragePart } | { fields: Record<string, Spec> };

const position: Spec = {
  fields: { ref: 'ref', title: 'short', company: 'short', companyUrl: 'short', employmentType: 'short', dates: 'short', duration: 'short', location: 'short', description: 'text' },
};
const education: Spec = { fields: { ref: 'ref', school: 'short', schoolUrl: 'short', degree: 'short', field: 'short', dates: 'short' } };
const datedChange: Spec = { fields: { raw: 'short' } };

const SNAPSHOT: { fields: Record<string, Spec> } = {
  fields: {
    url: 'short',
    locale: 'short',
    memberId: 'short',
    profileUrl: 'short',
    slug: 'short',
    name: 'short',
    headline: 'short',
    location: 'short',
    connections: 'short',
    about: 'text',
    nameSources: { fields: { pageTitle: 'short', jsonLd: 'short', photoAlt: 'short' } },
    photo: { fields: { url: 'url' } },
    banner: { fields: { url: 'url' } },
    experience: { list: position, cap: 'list', part: 'experience' },
    education: { list: education, cap: 'list', part: 'education' },
    certifications: { list: { fields: { ref: 'ref', name: 'short', issuer: 'short' } }, cap: 'list', part: 'certifications' },
    skills: { list: 'short', cap: 'skills', part: 'skills' },
    activity: { list: { fields: { ref: 'ref', relative: 'short' } }, cap: 'list', part: 'activity' },
    contact: {
      fields: {
        phones: { list: { fields: { ref: 'ref', raw: 'short', label: 'short' } }, cap: 'contactList', part: 'contact' },
        emails: { list: { fields: { ref: 'ref', address: 'short' } }, cap: 'contactList', part: 'contact' },
        websites: { list: { fields: { ref: 'ref', url: 'short', label: 'short' } }, cap: 'contactList', part: 'contact' },
        birthday: 'short',
        connectedSince: 'short',
      },
    },
    aboutThisProfile: {
      fields: { joined: datedChange, nameChanged: datedChange, photoChanged: datedChange, contactChanged: datedChange, verifications: { list: 'short', cap: 'verifications' } },
    },
  },
};

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Cut at a code-unit count (what the schema's maxLength counts), never inside a surrogate pair. */
function cutText(s: string, max: number): string {
  let out = s.slice(0, max);
  const last = out.charCodeAt(out.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, -1);
  return out;
}

interface CutState {
  limits: CutLimits;
  names: string[];
  /** Coverage parts whose list was cut: the longest length the page had, and how many items went. */
  lists: Map<CoveragePart, { had: number; dropped: number }>;
}

function walk(value: unknown, spec: Spec, path: string, state: CutState): unknown {
  if (typeof spec === 'string') {
    if (typeof value !== 'string' || value.length <= state.limits[spec]) return value;
    state.names.push(path);
    return cutText(value, state.limits[spec]);
  }
  if ('list' in spec) {
    if (!Array.isArray(value)) return value;
    const cap = state.limits[spec.cap];
    let items: unknown[] = value;
    if (value.length > cap) {
      items = value.slice(0, cap);
      state.names.push(path);
      if (spec.part) {
        const seen = state.lists.get(spec.part) ?? { had: 0, dropped: 0 };
        state.lists.set(spec.part, { had: Math.max(seen.had, value.length), dropped: seen.dropped + value.length - cap });
      }
    }
    let changed = items !== value;
    const out = items.map((item, i) => {
      const next = walk(item, spec.list, `${path}.${i}`, state);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? out : value;
  }
  if (!isPlainObject(value)) return value;
  let out: Record<string, unknown> | null = null;
  for (const [key, fieldSpec] of Object.entries(spec.fields)) {
    if (!Object.hasOwn(value, key)) continue;
    const next = walk(value[key], fieldSpec, path ? `${path}.${key}` : key, state);
    if (next !== value[key]) (out ??= { ...value })[key] = next;
  }
  return out ?? value;
}

/** Cuts every over-long text and list of a snapshot-shaped value to `limits`, noting each cut. */
export function cutSnapshot(raw: unknown, limits: CutLimits = SNAPSHOT_LIMITS): unknown {
  if (!isPlainObject(raw)) return raw;
  const state: CutState = { limits, names: [], lists: new Map() };
  const cut = walk(raw, SNAPSHOT, '', state) as Record<string, unknown>;
  if (state.names.length === 0) return raw;
  const out: Record<string, unknown> = { ...cut };
  // What was cut is the page's, not the reader's: a list cut here was not read whole.
  if (isPlainObject(out.coverage)) {
    const coverage: Record<string, unknown> = { ...out.coverage };
    for (const [part, { had, dropped }] of state.lists) {
      const c = coverage[part];
      if (!isPlainObject(c) || typeof c.shown !== 'number') continue;
      // Contact coverage counts phones and emails together; every other part is one list.
      const before = part === 'contact' ? Math.max(c.shown, dropped) : Math.max(c.shown, had);
      const shown = part === 'contact' ? before - dropped : had - dropped;
      coverage[part] = { ...c, shown, total: typeof c.total === 'number' ? Math.max(c.total, before) : before };
    }
    out.coverage = coverage;
  }
  const experience = state.lists.get('experience');
  if (experience !== undefined) {
    out.experienceShownAll = false;
    out.experienceTotal = typeof out.experienceTotal === 'number' ? Math.max(out.experienceTotal, experience.had) : experience.had;
  }
  const earlier = Array.isArray(out.truncated) ? out.truncated.filter((n): n is string => typeof n === 'string') : [];
  const names = [...new Set([...earlier, ...state.names])];
  out.truncated = names.length > MAX_TRUNCATED_NAMES ? [...names.slice(0, MAX_TRUNCATED_NAMES - 1), '…'] : names;
  return out;
}

/**
 * Tighter and tighter limits for `fitSnapshot`: the lists first (a real profile's texts are all
 * within LinkedIn's own limits, far under these), the texts only for a profile no real page shows.
 * The last step bounds any snapshot to well under 100,000 characters.
 */
export const FIT_STEPS: readonly CutLimits[] = [
  { text: 5_000, short: 2_000, ref: 100, url: 4_000, list: 200, skills: 500, contactList: 50, verifications: 50 },
  { text: 2_000, short: 300, ref: 100, url: 2_000, list: 50, skills: 100, contactList: 20, verifications: 20 },
  { text: 500, short: 100, ref: 60, url: 1_000, list: 20, skills: 30, contactList: 10, verifications: 10 },
];

/** Memory keeps no descriptions, About or contact: its steps cut the lists before any text. */
export const MEMORY_FIT_STEPS: readonly CutLimits[] = [
  { text: 2_000, short: 300, ref: 100, url: 2_000, list: 30, skills: 30, contactList: 10, verifications: 20 },
  { text: 500, short: 100, ref: 60, url: 1_000, list: 15, skills: 10, contactList: 5, verifications: 10 },
];

/** The snapshot, cut step by step until its JSON has at most `maxChars` characters. */
export function fitSnapshot(snapshot: ProfileSnapshot, maxChars: number, steps: readonly CutLimits[] = FIT_STEPS): ProfileSnapshot {
  let out = snapshot;
  for (const limits of steps) {
    if (JSON.stringify(out).length <= maxChars) return out;
    out = cutSnapshot(out, limits) as ProfileSnapshot;
  }
  return out;
}
