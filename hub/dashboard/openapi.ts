// The dashboard's routes for the hub's OpenAPI document (hub/openapi.ts spreads these paths and the
// security scheme in): the document must name every route the hub serves (tests/hub).

const errorRef = { $ref: '#/components/schemas/Error' };
const error = (description: string) => ({ description, content: { 'application/json': { schema: errorRef } } });
const json = (schema: object) => ({ 'application/json': { schema } });
const session = [{ dashboardSession: [] }];
const common = {
  '401': error('Not signed in, or the session expired, or its member was revoked.'),
};
const write = {
  '403': error('Another origin, no or a wrong X-CSRF-Token header, or (admin routes) not an admin.'),
  '400': error('The body or a parameter is invalid; the message names the field.'),
};
const csrfHeader = { name: 'X-CSRF-Token', in: 'header', required: true, schema: { type: 'string' }, description: 'The session\'s CSRF token (GET /dashboard/session). The Origin header must be the hub\'s own.' };
const anyObject = { type: 'object' };
const download = (type: string, description: string) => ({
  get: {
    operationId: `export${description.replace(/\W/g, '')}`,
    summary: `Confirmed cases as ${description} (admins), as a file to download.`,
    security: session,
    responses: { '200': { description, content: { [type]: { schema: type.startsWith('text/csv') ? { type: 'string' } : anyObject } } }, ...common, '403': error('Not an admin.') },
  },
});

export const DASHBOARD_SECURITY_SCHEMES = {
  dashboardSession: {
    type: 'apiKey',
    in: 'cookie',
    name: 'telltale_session',
    description: 'The dashboard\'s session cookie (HTTP-only, SameSite=Strict; "__Host-telltale_session" and Secure over https), set by POST /dashboard/session.',
  },
} as const;

export function dashboardOpenApiPaths() {
  return {
    '/': {
      get: { operationId: 'dashboard', summary: 'The dashboard page (HTML).', security: [], responses: { '200': { description: 'The page.', content: { 'text/html': { schema: { type: 'string' } } } } } },
    },
    '/dashboard/assets/{file}': {
      get: {
        operationId: 'dashboardAsset',
        summary: "The dashboard's script or stylesheet, named by a hash of its content (cached a year).",
        security: [],
        parameters: [{ name: 'file', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'The file.' }, '404': error('No such file.') },
      },
    },
    '/dashboard/session': {
      get: { operationId: 'dashboardSession', summary: 'Who is signed in, and the CSRF token for writes.', security: session, responses: { '200': { description: 'The session.', content: json(anyObject) }, ...common } },
      post: {
        operationId: 'dashboardSignIn',
        summary: "Sign in with a member token (the page reads it from the enrolment code; the team key is never sent). Sets the session cookie. The Origin header must be the hub's own.",
        security: [],
        requestBody: { required: true, content: json({ type: 'object', additionalProperties: false, required: ['token'], properties: { token: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$' } } }) },
        responses: { '201': { description: 'Signed in.', content: json(anyObject) }, '401': error('Unknown or revoked token.'), ...write },
      },
      delete: { operationId: 'dashboardSignOut', summary: 'Sign out: the session is deleted.', security: session, parameters: [csrfHeader], responses: { '204': { description: 'Signed out.' }, ...common, ...write } },
    },
    '/dashboard/api/reports': {
      get: {
        operationId: 'dashboardInbox',
        summary: "The team's reports, newest first (at most 200), and who sent reports.",
        security: session,
        parameters: [
          { name: 'status', in: 'query', schema: { type: 'string' } },
          { name: 'member', in: 'query', schema: { type: 'string' } },
          { name: 'level', in: 'query', schema: { type: 'string' } },
        ],
        responses: { '200': { description: 'The inbox.', content: json(anyObject) }, ...common, '400': error('A filter is invalid.') },
      },
    },
    '/dashboard/api/reports/{id}': {
      get: {
        operationId: 'dashboardReport',
        summary: 'One report of the team, with its evidence bundle as sent.',
        security: session,
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'The report.', content: json(anyObject) }, ...common, '404': error('No such report in this team.') },
      },
    },
    '/dashboard/api/profiles/{key}': {
      patch: {
        operationId: 'dashboardTriage',
        summary: "Triage a profile (admins), as PATCH /v1/profiles/{key}.",
        security: session,
        parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$' } }, csrfHeader],
        requestBody: { required: true, content: json({ $ref: '#/components/schemas/TriageRequest' }) },
        responses: { '200': { description: "The profile's view.", content: json({ $ref: '#/components/schemas/Profile' }) }, ...common, ...write, '404': error('The team never saw this profile.') },
      },
    },
    '/dashboard/api/linked': {
      get: { operationId: 'dashboardLinked', summary: "The team's profiles that share a detail key, and those details.", security: session, responses: { '200': { description: 'Linked profiles.', content: json(anyObject) }, ...common } },
    },
    '/dashboard/api/members': {
      get: { operationId: 'dashboardMembers', summary: "The team's members (admins): labels, roles, created, revoked; never tokens.", security: session, responses: { '200': { description: 'Members.', content: json(anyObject) }, ...common, '403': error('Not an admin.') } },
      post: {
        operationId: 'dashboardInvite',
        summary: "Invite a member (admins): a member id and token, which the admin's page puts in an enrolment code with the team key it holds.",
        security: session,
        parameters: [csrfHeader],
        requestBody: { required: false, content: json({ $ref: '#/components/schemas/MemberCreateRequest' }) },
        responses: { '201': { description: 'The new member and its token (shown once).', content: json({ $ref: '#/components/schemas/MemberCreated' }) }, ...common, ...write },
      },
    },
    '/dashboard/api/members/{id}': {
      delete: {
        operationId: 'dashboardRevoke',
        summary: "Revoke a member (admins): its token and dashboard sessions stop working.",
        security: session,
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^m_[A-Za-z0-9_-]{22}$' } }, csrfHeader],
        responses: { '204': { description: 'Revoked.' }, ...common, ...write, '404': error('No such member in this team.') },
      },
    },
    '/dashboard/api/audit': {
      get: { operationId: 'dashboardAudit', summary: "The team's audit log, newest first (at most 200 entries).", security: session, responses: { '200': { description: 'Entries.', content: json(anyObject) }, ...common } },
    },
    '/dashboard/exports/cases.stix.json': download('application/stix+json;version=2.1', 'a STIX 2.1 bundle'),
    '/dashboard/exports/cases.misp.json': download('application/json', 'a MISP event'),
    '/dashboard/exports/cases.csv': download('text/csv', 'CSV'),
  };
}
