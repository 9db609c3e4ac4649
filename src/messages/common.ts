// What every message family shares: the answer's shape, the fields several families check, and
// the one-line form of a validation failure.
import * as v from 'valibot';

export type Answer<T> = ({ ok: true } & T) | { ok: false; error: string };

export const profileKey = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
export const shortText = v.pipe(v.string(), v.maxLength(2_000));

/** Formats a valibot failure into one line for an error answer. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
