// What the page-facing answer may carry: every signal runs with a memory full of other members and
// earlier versions (names and addresses no page shows), and none of those reaches the page's copy
// of the assessment, while the full one (for the popup) keeps them.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.ts';
import type { MemoryView } from '../../src/model.ts';
import { elsewhereEvidence, pageAssessment } from '../../src/worker/page-assessment.ts';
import { position, snapshot, withContact } from './fakes.ts';

const OTHER = { profileUrl: 'https://www.linkedin.com/in/zzyzx-other-9q9q9q/', name: 'Zzyzx Otherperson' };

const memory: MemoryView = {
  previous: [
    {
      seenAt: '2026-01-05T10:00:00.000Z',
      snapshot: snapshot({
        name: 'Qwertyuiop Earliername',
        headline: 'Qwertyuiop headline',
        location: 'Qwertyville',
        experience: [position('Qwerty Engineer', 'Qwertycorp', '2010-01', '2015-01'), position('Senior Engineer', 'Globex', '2019-07', null)],
      }),
    },
  ],
  shared: [
    { detail: 'phone', value: '+44 20 7946 0018', others: [OTHER] },
    { detail: 'email', value: 'jane@example.com', others: [OTHER] },
    { detail: 'photo', value: 'profile photo', others: [OTHER] },
    { detail: 'about', value: 'About text', others: [OTHER] },
  ],
  reports: [{ sentAt: '2026-02-01T10:00:00.000Z', destinations: ['webhook'] }],
};

describe('the page-facing assessment', () => {
  it('names no other member, no earlier version and no earlier report, and says where the details are', () => {
    const seen = withContact(snapshot({ about: 'About text' }), ['+44 20 7946 0018'], ['jane@example.com']);
    const full = assess(seen, { now: new Date('2026-11-01T10:00:00Z'), region: 'GB', memory });
    const fromMemory = full.findings.filter((f) => /Zzyzx|zzyzx|Qwerty|2026-02-01/.test(`${f.id} ${f.title} ${f.evidence} ${f.howToVerify}`));
    // The memory did make findings, and the full assessment names what they are about.
    expect(fromMemory.map((f) => f.signal)).toEqual(expect.arrayContaining(['shared-across-profiles', 'changed-since-last-seen', 'photo']));
    const page = pageAssessment(full);
    expect(JSON.stringify(page)).not.toMatch(/Zzyzx|zzyzx|Qwerty|2026-02-01/);
    expect(page.findings).toHaveLength(full.findings.length);
    expect(page.score).toBe(full.score);
    expect(page.level).toBe(full.level);
    for (const f of fromMemory) {
      const redacted = page.findings.find((p) => p.signal === f.signal && p.title === f.title);
      expect(redacted?.evidence).toBe(elsewhereEvidence());
      expect(redacted?.refs).toEqual(f.refs);
    }
  });
});
