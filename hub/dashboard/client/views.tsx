// The dashboard's views. Report bundles are untrusted: each value is checked for its type and
// rendered as text; a screenshot only as an <img> of a data:image URL; a profile address as a link
// only when it is an https LinkedIn address.
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { formatEnrolment } from '../../../src/team/enrolment.ts';
import { ApiError, api, keptTeam, type Me } from './api.ts';
import { Graph } from './graph.tsx';
import type { AuditEntry, InboxItem, LinkedProfile, MemberRow, ReportDetail, SharedDetail } from '../queries.ts';

type Status = InboxItem['status'];
export const STATUS_WORDS: Record<Status, string> = { new: 'New', under_review: 'Under review', confirmed_fraud: 'Confirmed fraud', false_alarm: 'False alarm' };
const STATUSES = Object.keys(STATUS_WORDS) as Status[];
const LEVEL_WORDS: Record<string, string> = { high: 'High', medium: 'Medium', low: 'Low' };

export const shortKey = (key: string) => `${key.slice(0, 8)}…`;
export const when = (t: string | null) => (t ? `${t.slice(0, 16).replace('T', ' ')} UTC` : '—');
const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);
const who = (m: { id: string; label: string | null } | null) => (m ? (m.label ?? m.id) : 'the hub');

/** Loads on mount and when `deps` change; a 401 sends the page back to sign-in. */
function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(load, deps);
  const reload = useCallback(() => {
    setError(null);
    run()
      .then(setData)
      .catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 401) dispatchEvent(new Event('telltale-signed-out'));
        setError(e instanceof Error ? e.message : String(e));
      });
  }, [run]);
  useEffect(reload, [reload]);
  return { data, error, reload };
}

function Page({ title, children }: { title: string; children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), [title]);
  return (
    <main>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </main>
  );
}

const Chip = ({ kind, words }: { kind: string; words: string }) => <span class={`chip ${kind}`}>{words}</span>;
const StatusChip = ({ status }: { status: Status }) => <Chip kind={status} words={STATUS_WORDS[status] ?? status} />;
const LevelChip = ({ level }: { level: string | null }) => (level && LEVEL_WORDS[level] ? <Chip kind={level} words={`${LEVEL_WORDS[level]} concern`} /> : <span class="muted">—</span>);
const Failed = ({ error }: { error: string | null }) => (error ? <p role="alert">{error}</p> : null);

// ---- Inbox ------------------------------------------------------------------------------------------

export function Inbox({ me }: { me: Me }) {
  const [status, setStatus] = useState('');
  const [member, setMember] = useState('');
  const [level, setLevel] = useState('');
  const { data, error } = useLoad(() => {
    const q = new URLSearchParams();
    if (status) q.set('status', status);
    if (member) q.set('member', member);
    if (level) q.set('level', level);
    return api<{ reports: InboxItem[]; reporters: { id: string; label: string | null }[] }>('GET', `/dashboard/api/reports?${q}`);
  }, [status, member, level]);
  const [reporters, setReporters] = useState<{ id: string; label: string | null }[]>([]);
  useEffect(() => {
    if (data && reporters.length === 0) setReporters(data.reporters);
  }, [data, reporters.length]);
  const pick = (set: (v: string) => void) => (e: Event) => set((e.target as HTMLSelectElement).value);
  return (
    <Page title="Reports">
      <p class="muted">Reports the members of {me.name} sent, newest first. Open one to read its evidence as sent.</p>
      <form class="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="f-status">Status</label>
          <select id="f-status" value={status} onChange={pick(setStatus)}>
            <option value="">Any</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_WORDS[s]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-member">Member</label>
          <select id="f-member" value={member} onChange={pick(setMember)}>
            <option value="">Anyone</option>
            {reporters.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label ?? m.id}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-level">Level</label>
          <select id="f-level" value={level} onChange={pick(setLevel)}>
            <option value="">Any</option>
            {Object.entries(LEVEL_WORDS).map(([k, w]) => (
              <option key={k} value={k}>
                {w}
              </option>
            ))}
          </select>
        </div>
      </form>
      <Failed error={error} />
      {data && data.reports.length === 0 && <p class="status">No report matches.</p>}
      {data && data.reports.length > 0 && (
        <table>
          <caption class="sr">Reports, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Made</th>
              <th scope="col">Profile</th>
              <th scope="col">Level</th>
              <th scope="col">Findings</th>
              <th scope="col">By</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {data.reports.map((r) => (
              <tr key={r.id}>
                <td>{when(r.createdAt)}</td>
                <td>
                  <a href={`#report/${r.id}`}>{r.name ?? 'Unnamed profile'}</a> <span class="key">{shortKey(r.profileKey)}</span>
                </td>
                <td>
                  <LevelChip level={r.level} />
                </td>
                <td>{r.findings}</td>
                <td>{who(r.member)}</td>
                <td>
                  <StatusChip status={r.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}

// ---- One report -------------------------------------------------------------------------------------

const SHOT = /^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/]+={0,2}$/;

function ProfileLink({ url }: { url: string }) {
  let safe: boolean;
  try {
    const u = new URL(url);
    safe = u.protocol === 'https:' && (u.hostname === 'linkedin.com' || u.hostname.endsWith('.linkedin.com'));
  } catch {
    safe = false;
  }
  return safe ? (
    <a href={url} rel="noopener noreferrer">
      {url}
    </a>
  ) : (
    <span class="evidence">{url}</span>
  );
}

function Evidence({ bundle }: { bundle: unknown }) {
  const b = (typeof bundle === 'object' && bundle !== null ? bundle : {}) as Record<string, unknown>;
  const profile = (b.profile ?? {}) as Record<string, unknown>;
  const assessment = (b.assessment ?? {}) as Record<string, unknown>;
  const findings = Array.isArray(b.findings) ? (b.findings as Record<string, unknown>[]) : [];
  const notChecked = Array.isArray(b.notChecked) ? (b.notChecked as unknown[]) : [];
  const shot = (b.screenshot ?? null) as Record<string, unknown> | null;
  const shotUrl = str(shot?.dataUrl);
  const url = str(profile.url);
  return (
    <>
      <h2>Profile</h2>
      <dl>
        <dt>Name as shown</dt>
        <dd>{str(profile.name) ?? '—'}</dd>
        <dt>Address</dt>
        <dd>{url ? <ProfileLink url={url} /> : '—'}</dd>
        <dt>Assessment</dt>
        <dd>
          <LevelChip level={str(assessment.level)} />{' '}
          {typeof assessment.checksRun === 'number' && typeof assessment.checksTotal === 'number' && (
            <span class="muted">
              {assessment.checksRun} of {assessment.checksTotal} checks ran
            </span>
          )}
        </dd>
      </dl>
      {str(b.statement) && <p class="muted evidence">{str(b.statement)}</p>}
      <h2>Findings ({findings.length})</h2>
      {findings.length === 0 && <p class="muted">None.</p>}
      {findings.map((f, i) => {
        const sev = str(f.severity) ?? 'info';
        const kind = sev === 'alert' || sev === 'warn' ? sev : 'info';
        return (
          <section class={`finding ${kind}`} key={i} aria-label={str(f.title) ?? `Finding ${i + 1}`}>
            <h3>
              <span class={`sev ${kind}`}>{sev}</span>
              {str(f.title) ?? ''}
            </h3>
            <dl>
              <dt>Evidence</dt>
              <dd class="evidence">{str(f.evidence) ?? ''}</dd>
              <dt>How to verify</dt>
              <dd class="evidence">{str(f.howToVerify) ?? ''}</dd>
            </dl>
          </section>
        );
      })}
      <h2>Not checked ({notChecked.length})</h2>
      {notChecked.length === 0 ? (
        <p class="muted">Every check ran.</p>
      ) : (
        <ul>
          {notChecked.map((n, i) => {
            const o = (typeof n === 'object' && n !== null ? n : {}) as Record<string, unknown>;
            const text = typeof n === 'string' ? n : [str(o.reason), str(o.howToSee)].filter(Boolean).join(' ');
            return (
              <li key={i} class="evidence">
                {str(o.signal) && <code>{str(o.signal)}</code>} {text}
              </li>
            );
          })}
        </ul>
      )}
      <h2>Reporter's note</h2>
      <p class="evidence">{str(b.note) ?? <span class="muted">No note.</span>}</p>
      <h2>Screenshot</h2>
      {shotUrl && SHOT.test(shotUrl) ? (
        <img class="shot" src={shotUrl} alt={`Screenshot of the profile as the reporter saw it${str(shot?.capturedAt) ? `, ${when(str(shot?.capturedAt))}` : ''}`} />
      ) : (
        <p class="muted evidence">{str(b.screenshotNote) ?? 'None sent.'}</p>
      )}
    </>
  );
}

function Triage({ report, onDone }: { report: ReportDetail; onDone: () => void }) {
  const [status, setStatus] = useState<Status>(report.status);
  const [note, setNote] = useState(report.note ?? '');
  const [msg, setMsg] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setMsg(null);
    try {
      await api('PATCH', `/dashboard/api/profiles/${report.profileKey}`, { status, note: note.trim() || null });
      setMsg({ error: false, text: `Saved: ${STATUS_WORDS[status]}.` });
      onDone();
    } catch (err) {
      setMsg({ error: true, text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={save} aria-labelledby="triage-h">
      <h2 id="triage-h">Triage this profile</h2>
      <div class="field">
        <label for="t-status">Status</label>
        <select id="t-status" value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value as Status)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_WORDS[s]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="t-note">Note</label>
        <textarea id="t-note" maxLength={2000} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      </div>
      <div class="actions">
        <button class="btn primary" type="submit" disabled={busy}>
          Save triage
        </button>
      </div>
      <p class={`status${msg?.error ? ' error' : ''}`} role="status">
        {msg?.text}
      </p>
    </form>
  );
}

export function ReportView({ me, id }: { me: Me; id: string }) {
  const { data, error, reload } = useLoad(() => api<ReportDetail>('GET', `/dashboard/api/reports/${id}`), [id]);
  return (
    <Page title={data ? `Report: ${data.name ?? 'unnamed profile'}` : 'Report'}>
      <p>
        <a href="#inbox">Back to the reports</a>
      </p>
      <Failed error={error} />
      {data && (
        <>
          <div class="card">
            <p>
              Profile <span class="key">{data.profileKey}</span>
            </p>
            <p>
              Reported by {who(data.member)}, {when(data.createdAt)} (received {when(data.receivedAt)}).
            </p>
            <p>
              Status: <StatusChip status={data.status} />
              {data.statusBy && (
                <span class="muted">
                  {' '}
                  set by {who(data.statusBy)}, {when(data.statusAt)}
                </span>
              )}
            </p>
            {data.note && <p class="evidence">Triage note: {data.note}</p>}
          </div>
          {me.role === 'admin' && <Triage key={data.id} report={data} onDone={reload} />}
          <Evidence bundle={data.bundle} />
        </>
      )}
    </Page>
  );
}

// ---- Linked profiles ----------------------------------------------------------------------------------

export function Linked() {
  const { data, error } = useLoad(() => api<{ profiles: LinkedProfile[]; shared: SharedDetail[] }>('GET', '/dashboard/api/linked'), []);
  const byKey = new Map((data?.profiles ?? []).map((p) => [p.key, p]));
  return (
    <Page title="Linked profiles">
      <p class="muted">Profiles of the team that carry the same detail (a phone, an e-mail, a photo, a text), by its key: the hub cannot read the detail itself.</p>
      <Failed error={error} />
      {data && data.shared.length === 0 && <p class="status">No two profiles share a detail yet.</p>}
      {data && data.shared.length > 0 && (
        <>
          <Graph profiles={data.profiles} shared={data.shared} />
          <table>
            <caption class="sr">Shared details and the profiles that carry them</caption>
            <thead>
              <tr>
                <th scope="col">Shared</th>
                <th scope="col">Profile</th>
                <th scope="col">Names in reports</th>
                <th scope="col">Seen by</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {data.shared.flatMap((s) =>
                s.profiles.map((k, i) => {
                  const p = byKey.get(k);
                  return (
                    <tr key={`${s.kind}:${s.key}:${k}`}>
                      {i === 0 ? (
                        <th scope="rowgroup" rowSpan={s.profiles.length}>
                          {s.kind} <span class="key">{shortKey(s.key)}</span>
                        </th>
                      ) : null}
                      <td class="key">{shortKey(k)}</td>
                      <td>{p && p.names.length > 0 ? p.names.join('; ') : <span class="muted">—</span>}</td>
                      <td>
                        {p?.members ?? 0} member{p?.members === 1 ? '' : 's'}
                      </td>
                      <td>{p ? <StatusChip status={p.status} /> : '—'}</td>
                    </tr>
                  );
                }),
              )}
            </tbody>
          </table>
        </>
      )}
    </Page>
  );
}

// ---- Members ------------------------------------------------------------------------------------------

interface Created {
  member: string;
  role: 'admin' | 'member';
  label: string | null;
  token: string;
}

export function Members({ me }: { me: Me }) {
  const { data, error, reload } = useLoad(() => api<{ members: MemberRow[] }>('GET', '/dashboard/api/members'), []);
  const [label, setLabel] = useState('');
  const [role, setRole] = useState<'member' | 'admin'>('member');
  const [code, setCode] = useState<{ label: string; code: string } | null>(null);
  const [msg, setMsg] = useState<string | null>(null);
  const team = keptTeam();
  const canInvite = team !== null && team.team === me.team;

  const invite = async (e: Event) => {
    e.preventDefault();
    setMsg(null);
    setCode(null);
    if (!team) return;
    try {
      const m = await api<Created>('POST', '/dashboard/api/members', { role, label: label.trim() || null });
      // Built here, with the key this tab holds: the hub never sees the code.
      const text = formatEnrolment({ v: 1, hub: team.hub, team: team.team, name: team.name, member: m.member, role: m.role, token: m.token, key: team.key });
      setCode({ label: m.label ?? m.member, code: text });
      setLabel('');
      reload();
    } catch (err) {
      setMsg(err instanceof Error ? err.message : String(err));
    }
  };
  const revoke = async (m: MemberRow) => {
    setMsg(null);
    try {
      await api('DELETE', `/dashboard/api/members/${m.id}`);
      setMsg(`${m.label ?? m.id} is revoked.`);
      reload();
    } catch (err) {
      setMsg(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <Page title="Members">
      <Failed error={error} />
      {data && (
        <table>
          <caption class="sr">Members of the team</caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Role</th>
              <th scope="col">Created</th>
              <th scope="col">Revoked</th>
              <th scope="col">
                <span class="sr">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.members.map((m) => (
              <tr key={m.id}>
                <td>
                  {m.label ?? <span class="muted">No label</span>} <span class="key">{m.id}</span>
                </td>
                <td>{m.role}</td>
                <td>{when(m.createdAt)}</td>
                <td>{m.revokedAt ? when(m.revokedAt) : '—'}</td>
                <td>
                  {!m.revokedAt && m.id !== me.member && (
                    <button class="btn" type="button" onClick={() => void revoke(m)} aria-label={`Revoke ${m.label ?? m.id}`}>
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="status" role="status">
        {msg}
      </p>
      <h2>Invite a member</h2>
      {!canInvite ? (
        <p class="card">To invite, sign in again with your enrolment code in this tab: the new member's code is made here with the team key, which this tab no longer holds.</p>
      ) : (
        <form onSubmit={invite}>
          <div class="filters">
            <div class="field">
              <label for="i-label">Name or label</label>
              <input id="i-label" type="text" maxLength={100} value={label} onInput={(e) => setLabel((e.target as HTMLInputElement).value)} />
            </div>
            <div class="field">
              <label for="i-role">Role</label>
              <select id="i-role" value={role} onChange={(e) => setRole((e.target as HTMLSelectElement).value as 'member' | 'admin')}>
                <option value="member">Member</option>
                <option value="admin">Admin</option>
              </select>
            </div>
          </div>
          <div class="actions">
            <button class="btn primary" type="submit">
              Invite
            </button>
          </div>
        </form>
      )}
      {code && (
        <div class="card">
          <div class="field">
            <label for="new-code">Enrolment code for {code.label}</label>
            <textarea id="new-code" class="code" readOnly value={code.code} />
          </div>
          <div class="actions">
            <button class="btn" type="button" onClick={() => void navigator.clipboard?.writeText(code.code).then(() => setMsg('Copied.'), () => setMsg('Copy it by hand: the browser refused.'))}>
              Copy
            </button>
          </div>
          <p class="muted">Shown once. It holds the team key: give it to them alone, by a channel you trust.</p>
        </div>
      )}
    </Page>
  );
}

// ---- Audit log and exports ------------------------------------------------------------------------------

const ACTION_WORDS: Record<string, string> = {
  'team.create': 'created the team',
  'member.invite': 'invited',
  'member.revoke': 'revoked',
  'profile.triage': 'triaged profile',
  'dashboard.sign_in': 'signed in to the dashboard',
  'dashboard.sign_out': 'signed out of the dashboard',
};

function detailText(e: AuditEntry): string {
  const d = (typeof e.detail === 'object' && e.detail !== null ? e.detail : {}) as Record<string, unknown>;
  if (e.action === 'profile.triage' && typeof d.status === 'string') return `${STATUS_WORDS[d.status as Status] ?? d.status}${d.note ? ', with a note' : ''}`;
  if (e.action === 'member.invite' && typeof d.role === 'string') return `as ${d.role}`;
  return '';
}

export function Audit() {
  const { data, error } = useLoad(() => api<{ entries: AuditEntry[] }>('GET', '/dashboard/api/audit'), []);
  return (
    <Page title="Audit log">
      <p class="muted">Who did what in the team, newest first.</p>
      <Failed error={error} />
      {data && (
        <table>
          <caption class="sr">Audit log, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Subject</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {data.entries.map((e) => (
              <tr key={e.id}>
                <td>{when(e.at)}</td>
                <td>{who(e.actor)}</td>
                <td>{ACTION_WORDS[e.action] ?? e.action}</td>
                <td class="key">{e.subject ? (e.subject.length > 30 ? shortKey(e.subject) : e.subject) : '—'}</td>
                <td>{detailText(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}

export function Exports() {
  return (
    <Page title="Exports">
      <p>Profiles the team confirmed as fraud, with what their reports carried in clear, to share with other teams or tools. The profile keys stay keys.</p>
      <ul>
        <li>
          <a href="/dashboard/exports/cases.stix.json" download>
            STIX 2.1 bundle
          </a>
        </li>
        <li>
          <a href="/dashboard/exports/cases.misp.json" download>
            MISP event
          </a>
        </li>
        <li>
          <a href="/dashboard/exports/cases.csv" download>
            CSV
          </a>
        </li>
      </ul>
    </Page>
  );
}
