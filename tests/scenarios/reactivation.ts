// Reactivation: a dormant account woken by someone else, and the look-alikes that must stay quiet.
import { context, job, snapshot, GENUINE, type Scenario } from './builder.ts';

const olderJobs = GENUINE.jobs!.slice(1);

export const reactivationScenarios: Scenario[] = [
  {
    name: 'burst after two silent years',
    story: 'fires',
    snapshot: snapshot({ activity: ['3d', '1w', '2w', '2yr', '3yr'] }),
    fires: { 'activity-gap-then-burst': 'warn' },
    silent: ['identity-edits-on-an-old-account', 'new-current-role-after-a-long-gap', 'verification-on-a-reactivated-account'],
    level: 'low',
  },
  {
    name: 'steady member reposting old posts',
    story: 'look-alike: the activity ids date old posts, the relative labels show steady activity',
    snapshot: snapshot({
      activity: [
        { relative: '2d', action: 'repost', postedAt: '2022-03-01' },
        { relative: '3w', action: 'repost', postedAt: '2021-06-01' },
        { relative: '2mo', action: 'post' },
        { relative: '6mo', action: 'comment' },
      ],
    }),
    fires: {},
    silent: ['activity-gap-then-burst'],
    level: 'low',
  },
  {
    name: 'only recent items visible',
    story: 'look-alike: a few recent items and nothing older shown proves no silence',
    snapshot: snapshot({ activity: ['1d', '4d'] }),
    fires: {},
    silent: ['activity-gap-then-burst'],
  },
  {
    name: 'return from parental leave, nothing else odd',
    story: 'look-alike: a career gap alone is info and the profile stays low',
    snapshot: snapshot({
      jobs: [job('Senior Software Engineer', 'Norrsken Systems', '2026-08', null, 'Full-time', { companyUrl: 'https://www.linkedin.com/company/norrsken-systems/' }), job('Software Engineer', 'Fjord Analytics', '2017-08', '2025-03'), ...olderJobs.slice(1)],
      activity: ['2w', '4mo', '8mo', '11mo'],
    }),
    fires: { 'new-current-role-after-a-long-gap': 'info' },
    silent: ['activity-gap-then-burst', 'identity-edits-on-an-old-account', 'verification-on-a-reactivated-account'],
    level: 'low',
  },
  {
    name: 'new job straight after the last one',
    story: 'look-alike: a recent current role with no gap before it',
    snapshot: snapshot({ jobs: [job('Staff Engineer', 'Norrsken Systems', '2026-09'), job('Senior Software Engineer', 'Fjord Analytics', '2017-08', '2026-08'), ...olderJobs.slice(1)] }),
    fires: {},
    silent: ['new-current-role-after-a-long-gap'],
  },
  {
    name: 'new role after a gap, beside a burst of activity',
    story: 'fires: the gap counts beside another reactivation sign',
    snapshot: snapshot({
      headline: 'Senior Developer | Open to remote work',
      jobs: [job('Senior Developer', 'Brightline Remote', '2026-09'), job('Software Engineer', 'Fjord Analytics', '2017-08', '2021-02'), ...olderJobs.slice(1)],
      activity: ['2d', '6d', '3yr'],
    }),
    fires: { 'new-current-role-after-a-long-gap': 'warn', 'activity-gap-then-burst': 'warn' },
    silent: ['identity-edits-on-an-old-account'],
  },
  {
    name: 'two new current roles at once after a long gap',
    story: 'fires: the gap is measured to the first of the new roles, not between them',
    snapshot: snapshot({
      jobs: [
        job('Senior Software Engineer', 'Northwind Systems', '2026-06', null, 'Full-time'),
        job('Lead Backend Developer', 'Contoso Cloud', '2026-07', null, 'Full-time'),
        job('Software Developer', 'Fabrikam Logistics', '2012-03', '2018-08'),
        ...olderJobs.slice(1),
      ],
      activity: ['3d', '1w', '4yr'],
    }),
    fires: { 'new-current-role-after-a-long-gap': 'warn', 'activity-gap-then-burst': 'warn' },
    silent: ['identity-edits-on-an-old-account'],
  },
  {
    name: 'old account renamed, new photo and contact details',
    story: 'fires: three identity edits at once on a 15-year-old account',
    snapshot: snapshot({ aboutThisProfile: { joined: '2011-04', nameChanged: '2026-09', photoChanged: '2026-10', contactChanged: '2026-10' } }),
    fires: { 'identity-edits-on-an-old-account': 'alert' },
    silent: ['activity-gap-then-burst'],
  },
  {
    name: 'married name on an old account',
    story: 'look-alike: a name change alone is info',
    snapshot: snapshot({ name: 'Anna Berg', aboutThisProfile: { joined: '2011-04', nameChanged: '2026-06' } }),
    fires: { 'identity-edits-on-an-old-account': 'info' },
    silent: ['url-slug-vs-name'],
    level: 'low',
  },
  {
    name: 'new photo on an active old account',
    story: 'look-alike: a new photo alone is normal',
    snapshot: snapshot({ photoUploadedAt: '2026-10-20T08:00:00Z', aboutThisProfile: { joined: '2011-04', photoChanged: '2026-10' } }),
    fires: {},
    silent: ['identity-edits-on-an-old-account'],
  },
  {
    name: 'new photo on a quiet account, no overlay',
    story: 'fires: without the overlay the photo URL dates the edit; the account was silent for years',
    snapshot: snapshot({ aboutThisProfile: null, photoUploadedAt: '2026-10-20T08:00:00Z', bannerUploadedAt: '2026-10-20T08:01:00Z', activity: ['2yr', '3yr'] }),
    fires: { 'identity-edits-on-an-old-account': 'warn' },
    silent: ['activity-gap-then-burst'],
    notChecked: ['identity-edits-on-an-old-account', 'new-account-long-career'],
  },
  {
    name: 'verified account woken and re-dressed',
    story: 'fires: the badge is context beside reactivation signs',
    snapshot: snapshot({
      verified: true,
      activity: ['2d', '1w', '4yr'],
      aboutThisProfile: { joined: '2010-02', nameChanged: '2026-10', photoChanged: '2026-10', verifications: ['Verified with a workplace email'] },
    }),
    fires: { 'verification-on-a-reactivated-account': 'info', 'identity-edits-on-an-old-account': 'alert', 'activity-gap-then-burst': 'warn' },
    silent: [],
  },
  {
    name: 'verified, nothing else',
    story: 'look-alike: a verification badge on an ordinary profile',
    snapshot: snapshot({ verified: true, aboutThisProfile: { joined: '2012-05', verifications: ['Identity verified with CLEAR'] } }),
    fires: {},
    silent: ['verification-on-a-reactivated-account'],
    level: 'low',
  },
  {
    name: 'no activity section on the page',
    story: 'not checked: activity is missing, never a silent pass',
    snapshot: snapshot({ activity: null }),
    fires: {},
    silent: ['activity-gap-then-burst'],
    notChecked: ['activity-gap-then-burst'],
  },
];

export const reactivationContext = context();
