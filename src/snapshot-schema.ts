// Runtime schema of the profile snapshot (valibot). The worker validates every snapshot a content
// script sends against it before it stores or scores anything. A compile-time check below keeps it
// in step with the TypeScript model in model.ts: change one and the other must follow.
import * as v from 'valibot';
import type { ProfileSnapshot } from './model.ts';
import { MAX_TRUNCATED_NAMES, SNAPSHOT_LIMITS as L } from './snapshot-cut.ts';

const text = v.pipe(v.string(), v.maxLength(L.text));
const shortText = v.pipe(v.string(), v.maxLength(L.short));
const nullableText = v.nullable(text);
const nullableShort = v.nullable(shortText);
const partialDate = v.nullable(v.pipe(v.string(), v.regex(/^\d{4}(-\d{2})?$/)));
const isoDay = v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)));
const ref = v.pipe(v.string(), v.maxLength(L.ref));
const list = <T extends v.GenericSchema>(item: T, max = L.list) => v.pipe(v.array(item), v.maxLength(max));
const datedChange = v.nullable(v.object({ raw: shortText, date: partialDate }));
const coverage = v.object({
  seen: v.boolean(),
  shown: v.pipe(v.number(), v.integer(), v.minValue(0)),
  total: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  pending: v.optional(v.boolean()),
  unreadable: v.optional(v.boolean()),
  unread: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
const image = v.nullable(v.object({ url: v.pipe(v.string(), v.maxLength(L.url)), uploadedAt: isoDay }));

export const PositionSchema = v.object({
  ref,
  title: shortText,
  company: shortText,
  companyUrl: nullableShort,
  employmentType: nullableShort,
  dates: nullableShort,
  duration: nullableShort,
  start: partialDate,
  end: partialDate,
  current: v.boolean(),
  location: nullableShort,
  description: nullableText,
});

export const EducationSchema = v.object({
  ref,
  school: shortText,
  schoolUrl: nullableShort,
  degree: nullableShort,
  field: nullableShort,
  dates: nullableShort,
  start: partialDate,
  end: partialDate,
});

export const SnapshotSchema = v.object({
  schemaVersion: v.literal(1),
  url: nullableShort,
  kind: v.picklist([
    'profile',
    'details-experience',
    'details-education',
    'details-certifications',
    'details-skills',
    'activity',
    'authwall',
    'private',
    'not-a-profile',
  ]),
  layout: v.picklist(['logged-in-2024', 'logged-in-2025', 'logged-in-2022', 'guest', 'sdui-2026', 'unknown']),
  locale: nullableShort,
  capturedAround: isoDay,
  memberId: nullableShort,
  profileUrl: nullableShort,
  slug: nullableShort,
  name: nullableShort,
  headline: nullableShort,
  location: nullableShort,
  connections: nullableShort,
  followers: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  hasPhoto: v.nullable(v.boolean()),
  openToWork: v.nullable(v.boolean()),
  verified: v.nullable(v.boolean()),
  about: nullableText,
  nameSources: v.object({ pageTitle: nullableShort, jsonLd: nullableShort, photoAlt: nullableShort }),
  photo: image,
  banner: image,
  experience: list(PositionSchema),
  experienceShownAll: v.nullable(v.boolean()),
  experienceTotal: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  education: list(EducationSchema),
  certifications: list(v.object({ ref, name: shortText, issuer: nullableShort, issued: partialDate })),
  skills: list(shortText, L.skills),
  activity: list(
    v.object({
      ref,
      relative: nullableShort,
      relativeDays: v.nullable(v.pipe(v.number(), v.minValue(0))),
      activityId: v.nullable(v.pipe(v.string(), v.regex(/^\d{1,25}$/))),
      postedAt: isoDay,
      action: v.nullable(v.picklist(['post', 'repost', 'comment', 'reaction'])),
    }),
  ),
  contact: v.nullable(
    v.object({
      phones: list(v.object({ ref, raw: shortText, label: nullableShort }), L.contactList),
      emails: list(v.object({ ref, address: shortText }), L.contactList),
      websites: list(v.object({ ref, url: shortText, label: nullableShort }), L.contactList),
      birthday: nullableShort,
      connectedSince: nullableShort,
    }),
  ),
  aboutThisProfile: v.nullable(
    v.object({
      joined: datedChange,
      nameChanged: datedChange,
      photoChanged: datedChange,
      contactChanged: datedChange,
      verifications: list(shortText, L.verifications),
    }),
  ),
  coverage: v.object({
    experience: coverage,
    education: coverage,
    certifications: coverage,
    skills: coverage,
    activity: coverage,
    contact: coverage,
    aboutThisProfile: coverage,
  }),
  truncated: v.optional(list(v.pipe(v.string(), v.maxLength(200)), MAX_TRUNCATED_NAMES)),
});

// Compile-time: the schema's output and the model are the same type, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const schemaMatchesModel: Same<v.InferOutput<typeof SnapshotSchema>, ProfileSnapshot> = true;
