// The dashboard page: sign-in with an enrolment code, then the team's inbox, linked profiles,
// members (admins), audit log and exports (admins). English only: it is the team's tool, not the
// recruiter's in-page UI. Every string from a report is rendered as text by Preact.
//
// Sign-in: the code is parsed here (src/team/enrolment.ts); only its member token is sent
// (POST /dashboard/session). For an admin, its hub, team id, team name and key stay in this tab's
// sessionStorage, for building a new member's enrolment code when the admin invites one.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { EnrolmentError, parseEnrolment } from '../../../src/team/enrolment.ts';
import { ApiError, api, keepTeam, setCsrf, type Me } from './api.ts';
import { Audit, Exports, Inbox, Linked, Members, ReportView } from './views.tsx';

type Route = { view: 'inbox' } | { view: 'report'; id: string } | { view: 'linked' } | { view: 'members' } | { view: 'audit' } | { view: 'exports' };

function routeOf(hash: string): Route {
  const h = hash.replace(/^#/, '');
  const report = /^report\/(r_[A-Za-z0-9_-]{22})$/.exec(h);
  if (report) return { view: 'report', id: report[1]! };
  if (h === 'linked' || h === 'members' || h === 'audit' || h === 'exports') return { view: h };
  return { view: 'inbox' };
}

function SignIn({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    let enrolment;
    try {
      enrolment = parseEnrolment(code);
    } catch (err) {
      setError(err instanceof EnrolmentError ? err.message : 'This is not an enrolment code.');
      return;
    }
    if (enrolment.hub !== location.origin) {
      setError(`This code is for the hub at ${enrolment.hub}: open ${enrolment.hub}/ to sign in there. Its token was not sent here.`);
      return;
    }
    setBusy(true);
    try {
      // Only the token leaves the page.
      const me = await api<Me>('POST', '/dashboard/session', { token: enrolment.token });
      if (me.team !== enrolment.team || me.member !== enrolment.member) {
        // Signed out at once: the sign-out is a write, which needs this session's CSRF token.
        setCsrf(me.csrf);
        await api('DELETE', '/dashboard/session').catch(() => undefined);
        setCsrf('');
        throw new ApiError(409, 'This code names another team than its token: it was altered.');
      }
      // Only an admin's page needs the key (to build invitees' codes); a member's tab keeps none.
      keepTeam(me.role === 'admin' ? { hub: enrolment.hub, team: enrolment.team, name: enrolment.name, key: enrolment.key } : null);
      setCode('');
      onSignedIn(me);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="narrow">
      <h1>Telltale team hub</h1>
      <p>Sign in with your enrolment code (it starts with <code>telltale-team:</code>).</p>
      <p class="muted">
        Your browser reads the code and sends the hub only your member token. The team key in it stays in this tab and is never sent.
      </p>
      <form onSubmit={submit}>
        <div class="field">
          <label for="code">Enrolment code</label>
          <textarea ref={field} id="code" class="code" autocomplete="off" spellcheck={false} value={code} onInput={(e) => setCode((e.target as HTMLTextAreaElement).value)} required />
        </div>
        <div class="actions">
          <button class="btn primary" type="submit" disabled={busy}>
            Sign in
          </button>
        </div>
        <p class="status error" role="alert">
          {error}
        </p>
      </form>
    </main>
  );
}

const NAV: { view: Route['view']; label: string; admin?: boolean }[] = [
  { view: 'inbox', label: 'Reports' },
  { view: 'linked', label: 'Linked profiles' },
  { view: 'members', label: 'Members', admin: true },
  { view: 'audit', label: 'Audit log' },
  { view: 'exports', label: 'Exports', admin: true },
];

function Dashboard({ me, onSignOut }: { me: Me; onSignOut: () => void }) {
  const [route, setRoute] = useState<Route>(routeOf(location.hash));
  useEffect(() => {
    const on = () => setRoute(routeOf(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  const admin = me.role === 'admin';
  const current = route.view === 'report' ? 'inbox' : route.view;
  const signOut = async () => {
    await api('DELETE', '/dashboard/session').catch(() => undefined);
    onSignOut();
  };
  const view = (() => {
    if ((route.view === 'members' || route.view === 'exports') && !admin) return <Inbox me={me} />;
    switch (route.view) {
      case 'report':
        return <ReportView me={me} id={route.id} />;
      case 'linked':
        return <Linked />;
      case 'members':
        return <Members me={me} />;
      case 'audit':
        return <Audit />;
      case 'exports':
        return <Exports />;
      default:
        return <Inbox me={me} />;
    }
  })();
  return (
    <>
      <header class="top">
        <p class="brand">Telltale · {me.name}</p>
        <nav aria-label="Sections">
          <ul>
            {NAV.filter((n) => admin || !n.admin).map((n) => (
              <li key={n.view}>
                <a href={`#${n.view}`} aria-current={current === n.view ? 'page' : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <span class="who">
          {me.label ?? me.member} ({me.role})
        </span>
        <button class="btn" type="button" onClick={() => void signOut()}>
          Sign out
        </button>
      </header>
      {view}
    </>
  );
}

function App() {
  const [me, setMe] = useState<Me | null | 'loading'>('loading');
  useEffect(() => {
    api<Me>('GET', '/dashboard/session')
      .then((m) => {
        setCsrf(m.csrf);
        setMe(m);
      })
      .catch(() => setMe(null));
  }, []);
  // A 401 from any view (expired, revoked): back to sign-in.
  useEffect(() => {
    const on = () => {
      keepTeam(null);
      setMe(null);
    };
    addEventListener('telltale-signed-out', on);
    return () => removeEventListener('telltale-signed-out', on);
  }, []);
  if (me === 'loading')
    return (
      <main class="narrow">
        <h1>Telltale team hub</h1>
        <p class="status">Loading…</p>
      </main>
    );
  if (me === null)
    return (
      <SignIn
        onSignedIn={(m) => {
          setCsrf(m.csrf);
          setMe(m);
        }}
      />
    );
  return (
    <Dashboard
      me={me}
      onSignOut={() => {
        keepTeam(null);
        setCsrf('');
        setMe(null);
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);
