// What changed since the user last saw this member. New jobs and new photos happen; the strength is in
// rewritten history: a past position whose company or dates changed, or that vanished, is `alert`.
// Profile edits (photo, headline, location, name) are `info` each, `warn` when two or more came at
// once. A name change alone stays `info` (marriage, transition).
import type { Finding, Position, ProfileSnapshot } from '../model.ts';
import type { Signal } from './signal.ts';
import { finding, notChecked } from './common/findings.ts';
import { memoryMissing } from './common/memory.ts';
import { describePosition, sameEmployer } from './common/employment.ts';
import { experienceComplete } from './common/coverage.ts';
import { t } from '../i18n.ts';

const self = { id: 'changed-since-last-seen', category: 'history' } as const;

const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Pairs each earlier position with at most one position on the page now, strictest match first: a
 * promotion can leave two "Technical Architect" rows at one company, and each must find its own.
 */
function pairPositions(before: readonly Position[], after: readonly Position[]): Map<Position, Position> {
  const pairs = new Map<Position, Position>();
  const used = new Set<Position>();
  const rules: ((o: Position, n: Position) => boolean)[] = [
    (o, n) => norm(o.title) === norm(n.title) && sameEmployer(o, n) && o.start === n.start && o.end === n.end,
    (o, n) => norm(o.title) === norm(n.title) && sameEmployer(o, n) && o.start === n.start,
    (o, n) => norm(o.title) === norm(n.title) && sameEmployer(o, n) && o.end === n.end && o.end !== null,
    (o, n) => norm(o.title) === norm(n.title) && o.start === n.start,
    (o, n) => norm(o.title) === norm(n.title) && sameEmployer(o, n) && (o.end === null) === (n.end === null),
  ];
  for (const rule of rules) {
    for (const o of before) {
      if (pairs.has(o)) continue;
      const n = after.find((x) => !used.has(x) && rule(o, x));
      if (n) {
        pairs.set(o, n);
        used.add(n);
      }
    }
  }
  return pairs;
}

interface Rewrite {
  old: Position;
  now: Position | null;
  what: string;
}

function rewrittenHistory(before: ProfileSnapshot, after: ProfileSnapshot): Rewrite[] {
  const rewrites: Rewrite[] = [];
  const wholeListNow = experienceComplete(after);
  // Past positions on the page now that the earlier version did not have: what a vanished one became.
  const pairs = pairPositions(before.experience, after.experience);
  const paired = new Set(pairs.values());
  // Past positions on the page now that the earlier version did not have: what a vanished one became.
  const newPast = after.experience.filter((p) => p.end !== null && !paired.has(p));
  for (const old of before.experience) {
    if (old.end === null) continue; // a current role may end or change: that is news, not rewriting
    const now = pairs.get(old);
    if (!now) {
      if (wholeListNow) {
        const what =
          newPast.length > 0
            ? t('f_changed_gone_instead', [describePosition(old), newPast.map(describePosition).join(', ')])
            : t('f_changed_gone', describePosition(old));
        rewrites.push({ old, now: newPast[0] ?? null, what });
      }
      continue;
    }
    const changes: string[] = [];
    if (!sameEmployer(now, old)) changes.push(t('f_changed_company', [old.company, now.company]));
    if (now.start !== old.start || now.end !== old.end) {
      changes.push(t('f_changed_dates', [old.dates ?? `${old.start} – ${old.end}`, now.dates ?? `${now.start} – ${now.end ?? t('text_present')}`]));
    }
    if (changes.length > 0) rewrites.push({ old, now, what: t('f_changed_changed', [describePosition(old), changes.join(', ')]) });
  }
  return rewrites;
}

/**
 * The same picture keeps its image id (media.licdn.com/dms/image/[v2/]<id>/…) across sizes
 * (shrink_200_200 vs shrink_400_400); the "?e=…&t=…" query is a signed token that changes per view.
 */
function photoPath(url: string | undefined): string | null {
  if (!url) return null;
  const id = /\/dms\/image\/(?:v2\/)?([^/]+)\//.exec(url);
  return id ? id[1]! : url.split('?')[0]!;
}

export const changedSinceLastSeen: Signal = {
  ...self,
  run(snapshot, ctx) {
    const missing = memoryMissing(ctx, self);
    if (missing) return { findings: [], notChecked: missing };
    const last = ctx.memory!.previous[ctx.memory!.previous.length - 1];
    if (!last) {
      return { findings: [], notChecked: notChecked(self, t('f_changed_first_time'), t('f_changed_first_time_how')) };
    }
    const before = last.snapshot;
    const when = last.seenAt.slice(0, 10);
    const findings: Finding[] = [];

    const rewrites = rewrittenHistory(before, snapshot);
    if (rewrites.length > 0) {
      findings.push(
        finding(self, {
          detail: 'history',
          severity: 'alert',
          title: t('f_changed_history_title'),
          evidence: t('f_changed_history_evidence', [when, rewrites.map((r) => r.what).join('; ')]),
          howToVerify: t('f_changed_history_verify'),
          refs: [...new Set(rewrites.map((r) => r.now?.ref ?? snapshot.experience[0]?.ref ?? 'name'))],
        }),
      );
    }

    const edits: { what: string; ref: string }[] = [];
    if (before.name && snapshot.name && norm(before.name) !== norm(snapshot.name)) edits.push({ what: t('f_changed_name', [before.name, snapshot.name]), ref: 'name' });
    if (photoPath(before.photo?.url) && photoPath(snapshot.photo?.url) && photoPath(before.photo?.url) !== photoPath(snapshot.photo?.url)) edits.push({ what: t('f_changed_photo'), ref: 'photo' });
    if (before.headline && snapshot.headline && norm(before.headline) !== norm(snapshot.headline)) edits.push({ what: t('f_changed_headline', [before.headline, snapshot.headline]), ref: 'name' });
    if (before.location && snapshot.location && norm(before.location) !== norm(snapshot.location)) edits.push({ what: t('f_changed_location', [before.location, snapshot.location]), ref: 'name' });
    if (edits.length > 0) {
      findings.push(
        finding(self, {
          detail: 'profile',
          severity: edits.length >= 2 ? 'warn' : 'info',
          title: edits.length >= 2 ? t('f_changed_profile_title_several') : t('f_changed_profile_title_one'),
          evidence:
            edits.length === 1
              ? t('f_changed_profile_evidence_one', [when, edits[0]!.what])
              : t('f_changed_profile_evidence_several', [when, edits.map((e) => e.what).join('; ')]),
          howToVerify: t('f_changed_profile_verify'),
          refs: [...new Set(edits.map((e) => e.ref))],
        }),
      );
    }
    return { findings };
  },
};

export default changedSinceLastSeen;
