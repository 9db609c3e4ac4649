import type { ProfileSnapshot } from '../model.ts';
export function memberKey(s: ProfileSnapshot): string | null { return s.memberId ?? s.slug; }
export function mergeSnapshots(base: ProfileSnapshot, _next: ProfileSnapshot): ProfileSnapshot { return base; }
