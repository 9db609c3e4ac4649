// The OpenAPI 3.1 document of the hub's API, served at /v1/openapi.json. Written by hand from the
// same constants the valibot schemas use (src/team/api.ts); tests/hub checks it against the
// OpenAPI 3.1 schema and that every route the hub serves is in it.
import { DETAIL_KINDS } from '../src/team/keys.ts';
import { ROLES } from '../src/team/enrolment.ts';
import { BUNDLE_FORMAT } from '../src/report/bundle.ts';
import { DASHBOARD_SECURITY_SCHEMES, dashboardOpenApiPaths } from './dashboard/openapi.ts';
import { IDEMPOTENCY_HEADER, LEVELS, MAX_DETAILS, MAX_NOTE, PROFILE_KEY_HEADER, PROFILE_STATUSES, REPORT_BODY_LIMIT, BODY_LIMIT } from '../src/team/api.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const error = (description: string) => ({ description, content: json(ref('Error')) });
const key = { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$', description: 'A keyed hash: base64url HMAC-SHA-256 under the team key (43 characters).' };
const memberRef = { type: 'object', required: ['id', 'label'], properties: { id: { type: 'string' }, label: { type: ['string', 'null'] } } };
const common = {
  '400': error('The body or a parameter is invalid; the message names the field.'),
  '401': error('No token, or an unknown or revoked one.'),
  '413': error('The body is over the cap.'),
  '429': error('Too many requests from this member; retry later.'),
};
const adminOnly = { '403': error('Only a team admin may do this.') };
const profileKeyParam = { name: 'key', in: 'path', required: true, schema: key, description: "The profile's keyed hash." };

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Telltale team hub',
      version: '1.0.0',
      description:
        'Sightings, reports and triage shared by a team. The hub only ever receives keyed hashes (HMAC-SHA-256 under a team key it never sees) of profiles and details; reports carry the evidence bundle as the member chose to send it. ' +
        `Bodies are capped at ${BODY_LIMIT} bytes (reports ${REPORT_BODY_LIMIT}).`,
    },
    servers: [{ url: '/' }],
    security: [{ memberToken: [] }],
    paths: {
      '/healthz': {
        get: { operationId: 'healthz', summary: 'Liveness: the hub process answers.', security: [], responses: { '200': { description: 'Alive.', content: json({ type: 'object' }) } } },
      },
      '/readyz': {
        get: {
          operationId: 'readyz',
          summary: 'Readiness: the hub and its database answer (503 with Retry-After when the database does not).',
          security: [],
          responses: { '200': { description: 'Ready.', content: json({ type: 'object' }) }, '503': error('The database cannot be reached.') },
        },
      },
      '/v1/openapi.json': {
        get: { operationId: 'openapi', summary: 'This document.', security: [], responses: { '200': { description: 'The OpenAPI document.', content: json({ type: 'object' }) } } },
      },
      '/v1/me': {
        get: { operationId: 'me', summary: 'The member the token names.', responses: { '200': { description: 'The member.', content: json(ref('Me')) }, ...common } },
      },
      '/v1/members': {
        post: {
          operationId: 'createMember',
          summary: "Invite a member (admins): a new member id and token, for the admin's client to put in an enrolment code with the team key.",
          requestBody: { required: false, content: json(ref('MemberCreateRequest')) },
          responses: { '201': { description: 'The new member and its token (shown once).', content: json(ref('MemberCreated')) }, ...common, ...adminOnly },
        },
      },
      '/v1/members/{id}': {
        delete: {
          operationId: 'revokeMember',
          summary: 'Revoke a member of the team (admins): its token answers 401 from now on.',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^m_[A-Za-z0-9_-]{22}$' } }],
          responses: { '204': { description: 'Revoked.' }, '404': error('No such member in this team.'), ...common, ...adminOnly },
        },
      },
      '/v1/sightings': {
        post: {
          operationId: 'sighting',
          summary: "Record that the member saw a profile, and answer in the same round trip what the team knows of it and of each of its details.",
          requestBody: { required: true, content: json(ref('SightingRequest')) },
          responses: { '200': { description: "The profile's colleagues' reports and triage, and each detail's counts over other profiles.", content: json(ref('SightingResponse')) }, ...common },
        },
      },
      '/v1/reports': {
        post: {
          operationId: 'report',
          summary: 'File a report: the evidence bundle the extension sends to webhooks, stored once per Idempotency-Key.',
          parameters: [
            { name: IDEMPOTENCY_HEADER, in: 'header', required: true, schema: { type: 'string', maxLength: 200 }, description: "Must equal the bundle's idempotencyKey." },
            { name: PROFILE_KEY_HEADER, in: 'header', required: true, schema: key, description: "The profile's keyed hash (the hub cannot compute it)." },
          ],
          requestBody: { required: true, content: json(ref('EvidenceBundle')) },
          responses: {
            '201': { description: 'Stored.', content: json(ref('ReportCreated')) },
            '200': { description: 'Already stored under this Idempotency-Key: the same id, nothing stored again.', content: json(ref('ReportCreated')) },
            ...common,
          },
        },
      },
      '/v1/profiles/{key}': {
        get: {
          operationId: 'profile',
          summary: 'What the team knows of a profile.',
          parameters: [profileKeyParam],
          responses: { '200': { description: 'The profile.', content: json(ref('Profile')) }, '404': error('Nobody in this team saw or reported it.'), ...common },
        },
        patch: {
          operationId: 'triage',
          summary: 'Triage a profile (admins): new → under review → confirmed fraud or false alarm, with a note.',
          parameters: [profileKeyParam],
          requestBody: { required: true, content: json(ref('TriageRequest')) },
          responses: { '200': { description: 'The profile as triaged.', content: json(ref('Profile')) }, '404': error('Nobody in this team saw or reported it.'), ...common, ...adminOnly },
        },
      },
      ...dashboardOpenApiPaths(),
    },
    components: {
      securitySchemes: { memberToken: { type: 'http', scheme: 'bearer', description: "A member's token, from its enrolment code." }, ...DASHBOARD_SECURITY_SCHEMES },
      schemas: {
        Error: { type: 'object', required: ['error', 'message'], properties: { error: { type: 'string' }, message: { type: 'string' } } },
        Key: key,
        Me: {
          type: 'object',
          required: ['team', 'name', 'member', 'role', 'label'],
          properties: { team: { type: 'string' }, name: { type: 'string' }, member: { type: 'string' }, role: { enum: [...ROLES] }, label: { type: ['string', 'null'] } },
        },
        MemberCreateRequest: {
          type: 'object',
          additionalProperties: false,
          properties: { role: { enum: [...ROLES], default: 'member' }, label: { type: ['string', 'null'], maxLength: 100 } },
        },
        MemberCreated: {
          type: 'object',
          required: ['team', 'name', 'member', 'role', 'label', 'token'],
          properties: {
            team: { type: 'string' },
            name: { type: 'string' },
            member: { type: 'string' },
            role: { enum: [...ROLES] },
            label: { type: ['string', 'null'] },
            token: { type: 'string', description: 'Shown once; the hub keeps only its SHA-256.' },
          },
        },
        SightingRequest: {
          type: 'object',
          additionalProperties: false,
          required: ['profile', 'details', 'level', 'at'],
          properties: {
            profile: key,
            details: {
              type: 'array',
              maxItems: MAX_DETAILS,
              items: { type: 'object', additionalProperties: false, required: ['kind', 'key'], properties: { kind: { enum: [...DETAIL_KINDS] }, key } },
            },
            level: { enum: [...LEVELS, null] },
            at: { type: 'string', format: 'date-time' },
          },
        },
        DetailCount: {
          type: 'object',
          required: ['kind', 'key', 'otherProfiles', 'members', 'reported', 'confirmed'],
          properties: {
            kind: { enum: [...DETAIL_KINDS] },
            key,
            otherProfiles: { type: 'integer', description: "Other profiles of the team that carry this detail, as other members saw them (the asker's own sightings are left out: its extension remembers them itself)." },
            members: { type: 'integer', description: 'Members who saw those profiles with it.' },
            reported: { type: 'integer', description: 'Of those profiles, how many were reported.' },
            confirmed: { type: 'integer', description: 'Of those profiles, how many were confirmed as fraud.' },
          },
        },
        SightingResponse: {
          type: 'object',
          required: ['profile', 'details'],
          properties: { profile: ref('Profile'), details: { type: 'array', items: ref('DetailCount') } },
        },
        ColleagueReport: {
          type: 'object',
          required: ['id', 'member', 'at', 'receivedAt', 'destinations', 'outcome'],
          properties: {
            id: { type: 'string' },
            member: memberRef,
            at: { type: 'string', format: 'date-time' },
            receivedAt: { type: 'string', format: 'date-time' },
            destinations: { type: 'array', items: { type: 'string' } },
            outcome: { enum: [...PROFILE_STATUSES] },
          },
        },
        Profile: {
          type: 'object',
          required: ['key', 'status', 'note', 'statusBy', 'statusAt', 'firstSeen', 'seenBy', 'sightings', 'reports'],
          properties: {
            key,
            status: { enum: [...PROFILE_STATUSES] },
            note: { type: ['string', 'null'] },
            statusBy: { oneOf: [memberRef, { type: 'null' }] },
            statusAt: { type: ['string', 'null'], format: 'date-time' },
            firstSeen: { type: ['string', 'null'], format: 'date-time' },
            seenBy: { type: 'integer' },
            sightings: { type: 'integer' },
            reports: { type: 'array', items: ref('ColleagueReport') },
          },
        },
        TriageRequest: {
          type: 'object',
          additionalProperties: false,
          required: ['status'],
          properties: { status: { enum: [...PROFILE_STATUSES] }, note: { type: ['string', 'null'], maxLength: MAX_NOTE } },
        },
        ReportCreated: { type: 'object', required: ['id', 'duplicate'], properties: { id: { type: 'string' }, duplicate: { type: 'boolean' } } },
        EvidenceBundle: {
          type: 'object',
          description: "The evidence bundle (src/report/bundle.ts) exactly as the extension sends it to a webhook; the fields below are checked, the rest stored as sent.",
          required: ['format', 'version', 'idempotencyKey', 'createdAt', 'extension', 'statement', 'profile', 'assessment', 'findings', 'notChecked', 'snapshot', 'earlierSnapshots', 'application', 'note', 'destinations', 'screenshot', 'screenshotNote'],
          properties: {
            format: { const: BUNDLE_FORMAT },
            version: { const: 1 },
            idempotencyKey: { type: 'string', maxLength: 200 },
            createdAt: { type: 'string', format: 'date-time' },
            extension: { type: 'object', required: ['name', 'version'], properties: { name: { const: 'Telltale' }, version: { type: 'string' } } },
            statement: { type: 'string' },
            profile: { type: 'object', required: ['key', 'url', 'name'], properties: { key: { type: 'string' }, url: { type: ['string', 'null'] }, name: { type: ['string', 'null'] } } },
            assessment: {
              type: 'object',
              required: ['level', 'score', 'checksRun', 'checksTotal'],
              properties: { level: { enum: [...LEVELS] }, score: { type: 'number' }, checksRun: { type: 'number' }, checksTotal: { type: 'number' } },
            },
            findings: { type: 'array', maxItems: 500, items: { type: 'object' } },
            notChecked: { type: 'array' },
            snapshot: { type: 'object' },
            earlierSnapshots: { type: 'array' },
            application: { type: ['object', 'null'] },
            note: { type: ['string', 'null'] },
            destinations: { type: 'array', items: { type: 'string' } },
            screenshot: { oneOf: [{ type: 'object', required: ['dataUrl', 'capturedAt'] }, { type: 'null' }] },
            screenshotNote: { type: ['string', 'null'] },
          },
        },
      },
    },
  };
}
