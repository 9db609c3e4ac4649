// History: what the extension itself remembers about this member.
import { context, job, memory, snapshot, GENUINE, type Scenario } from './builder.ts';

const seenBefore = snapshot();

export const historyScenarios: Scenario[] = [
  {
    name: 'past positions rewritten since last visit',
    story: 'fires',
    snapshot: snapshot({ jobs: [GENUINE.jobs![0]!, job('Software Engineer', 'Oslo Data Group', '2016-02', '2021-02'), GENUINE.jobs![2]!] }),
    ctx: context({ memory: memory({ previous: [{ seenAt: '2026-05-01T10:00:00Z', snapshot: seenBefore }] }) }),
    fires: { 'changed-since-last-seen': 'alert' },
    silent: [],
  },
  {
    name: 'new job and new headline since last visit',
    story: 'look-alike: a new current role with its headline is one ordinary update',
    snapshot: snapshot({
      headline: 'Staff Engineer at Harbor Pay',
      jobs: [job('Staff Engineer', 'Harbor Pay', '2026-10'), job('Senior Software Engineer', 'Norrsken Systems', '2021-03', '2026-09'), ...GENUINE.jobs!.slice(1)],
    }),
    ctx: context({ memory: memory({ previous: [{ seenAt: '2026-05-01T10:00:00Z', snapshot: seenBefore }] }) }),
    fires: { 'changed-since-last-seen': 'info' },
    silent: [],
    level: 'low',
  },
  {
    name: 'new photo, headline and location since last visit',
    story: 'fires: several profile edits at once are a warning (the same picture at another size is no change)',
    snapshot: snapshot({ photoId: 'D4D03AQNewFace02', headline: 'Full Stack Developer | Open to remote work', location: 'Austin, Texas, United States' }),
    ctx: context({ memory: memory({ previous: [{ seenAt: '2026-05-01T10:00:00Z', snapshot: seenBefore }] }) }),
    fires: { 'changed-since-last-seen': 'warn' },
    silent: [],
  },
  {
    name: 'same picture at another size and token',
    story: 'look-alike: the photo URL differs only in size and signed query',
    snapshot: (() => {
      const s = snapshot();
      return { ...s, photo: { url: s.photo!.url.replace('shrink_400_400', 'shrink_200_200').replace('t=signed', 't=other'), uploadedAt: s.photo!.uploadedAt } };
    })(),
    ctx: context({ memory: memory({ previous: [{ seenAt: '2026-05-01T10:00:00Z', snapshot: seenBefore }] }) }),
    fires: {},
    silent: ['changed-since-last-seen'],
  },
  {
    name: 'two rows with the same title at one company',
    story: 'look-alike: each earlier row finds its own counterpart (a re-grade inside one employer)',
    snapshot: snapshot({ jobs: [job('Technical Architect', 'Norrsken Systems', '2019-02'), job('Technical Architect', 'Norrsken Systems', '2016-08', '2019-01'), job('Developer', 'Lagom Web', '2012-06', '2016-07')] }),
    ctx: context({
      memory: memory({
        previous: [{ seenAt: '2026-05-01T10:00:00Z', snapshot: snapshot({ jobs: [job('Technical Architect', 'Norrsken Systems', '2019-02'), job('Technical Architect', 'Norrsken Systems', '2016-08', '2019-01'), job('Developer', 'Lagom Web', '2012-06', '2016-07')] }) }],
      }),
    }),
    fires: {},
    silent: ['changed-since-last-seen', 'overlapping-full-time-roles'],
  },
  {
    name: 'nothing changed since last visit',
    story: 'look-alike',
    snapshot: snapshot(),
    ctx: context({ memory: memory({ previous: [{ seenAt: '2026-05-01T10:00:00Z', snapshot: seenBefore }] }) }),
    fires: {},
    silent: ['changed-since-last-seen', 'shared-across-profiles', 'already-reported'],
  },
  {
    name: 'phone and email shared with another profile',
    story: 'fires',
    snapshot: snapshot(),
    ctx: context({
      memory: memory({
        shared: [
          { detail: 'email', value: 'anna.lindqvist@gmail.com', others: [{ profileUrl: 'https://www.linkedin.com/in/invented-other/', name: 'Mark Olsen' }] },
          { detail: 'phone', value: '+46 70 123 45 67', others: [{ profileUrl: 'https://www.linkedin.com/in/invented-third/', name: 'Lea Holm' }] },
        ],
      }),
    }),
    fires: { 'shared-across-profiles': 'alert' },
    silent: [],
  },
  {
    name: 'switchboard shared by colleagues',
    story: 'look-alike: a shared phone is a warning that names the profiles, never an alert',
    snapshot: snapshot({ contact: { phones: [{ raw: '+46 8 123 456 00', label: 'Work' }], emails: [], websites: [] } }),
    ctx: context({ memory: memory({ shared: [{ detail: 'phone', value: '+46 8 123 456 00', others: [{ profileUrl: null, name: 'A colleague at Norrsken Systems' }] }] }) }),
    fires: { 'shared-across-profiles': 'warn' },
    silent: [],
  },
  {
    name: 'reported by a colleague through the team hub',
    story: 'fires',
    snapshot: snapshot(),
    ctx: context({ memory: memory(), team: { status: 'answered', reports: [{ by: 'A colleague', at: '2026-10-01T09:00:00Z', destinations: ['LinkedIn'], outcome: 'open' }], shared: [] } }),
    fires: { 'already-reported': 'warn' },
    silent: [],
  },
  {
    name: 'reported by a colleague, found a false alarm',
    story: 'look-alike: the team cleared it; said, weighing nothing',
    snapshot: snapshot(),
    ctx: context({ memory: memory(), team: { status: 'answered', reports: [{ by: 'A colleague', at: '2026-10-01T09:00:00Z', destinations: [], outcome: 'false-alarm' }], shared: [] } }),
    fires: { 'already-reported': 'info' },
    silent: [],
  },
  {
    name: "the same phone on another profile the team saw",
    story: 'fires: one number behind two names, seen by two recruiters of the team',
    snapshot: snapshot({ contact: { phones: [{ raw: '+1 415 555 0143', label: 'Mobile' }], emails: [], websites: [] } }),
    ctx: context({ memory: memory(), team: { status: 'answered', reports: [], shared: [{ kind: 'phone', value: '+1 415 555 0143', otherProfiles: 1, seenBy: 2, reported: 0, confirmed: 0 }] } }),
    fires: { 'team-shared-details': 'warn' },
    silent: [],
  },
  {
    name: 'the same phone on a profile the team confirmed as fraud',
    story: 'fires: an alert, whatever the detail',
    snapshot: snapshot({ contact: { phones: [{ raw: '+1 415 555 0143', label: 'Mobile' }], emails: [], websites: [] } }),
    ctx: context({ memory: memory(), team: { status: 'answered', reports: [], shared: [{ kind: 'phone', value: '+1 415 555 0143', otherProfiles: 2, seenBy: 3, reported: 1, confirmed: 1 }] } }),
    fires: { 'team-shared-details': 'alert' },
    silent: [],
  },
  {
    name: 'one candidate looked at by three recruiters of the team',
    story: 'look-alike: the team saw this very profile many times, and its details on no other profile',
    snapshot: snapshot({ contact: { phones: [{ raw: '+1 415 555 0143', label: 'Mobile' }], emails: [], websites: [] } }),
    ctx: context({ memory: memory(), team: { status: 'answered', reports: [], shared: [{ kind: 'phone', value: '+1 415 555 0143', otherProfiles: 0, seenBy: 3, reported: 0, confirmed: 0 }] } }),
    fires: {},
    silent: ['team-shared-details', 'already-reported'],
  },
  {
    name: 'confirmed by the team without a report',
    story: 'fires: an admin confirmed the profile on the dashboard',
    snapshot: snapshot(),
    ctx: context({ memory: memory(), team: { status: 'answered', reports: [], triage: { outcome: 'confirmed', by: 'An admin', at: '2026-11-02T10:00:00Z', note: null }, shared: [] } }),
    fires: { 'already-reported': 'alert' },
    silent: [],
  },
  {
    name: 'reported before by the user',
    story: "look-alike: the user's own report is status shown beside the pill, never evidence against the member",
    snapshot: snapshot(),
    // A team is joined and nobody there reported it; the user's own earlier report counts for nothing.
    ctx: context({ memory: memory({ reports: [{ sentAt: '2026-10-01T09:00:00Z', destinations: ['LinkedIn'] }] }), team: { status: 'answered', reports: [], shared: [] } }),
    fires: {},
    silent: ['changed-since-last-seen', 'shared-across-profiles', 'already-reported', 'team-shared-details'],
  },
  {
    name: 'remembered, never reported',
    story: 'look-alike',
    snapshot: snapshot(),
    ctx: context({ memory: memory() }),
    fires: {},
    silent: ['shared-across-profiles'],
    notChecked: ['changed-since-last-seen'],
  },
  {
    name: 'first visit',
    story: 'not checked: nothing remembered',
    snapshot: snapshot(),
    fires: {},
    silent: ['changed-since-last-seen', 'shared-across-profiles', 'already-reported'],
    notChecked: ['changed-since-last-seen', 'shared-across-profiles'],
  },
];
