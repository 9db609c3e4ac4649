// Reports: the Report form's options and making a report: the evidence bundle, the log, the review
// set to "reported", and the deliveries queued, to the webhook and to the team's hub, one each
// (./deliveries.ts runs the queue; ./hub-deliveries.ts has what is the hub's own).
import { assess } from '../assess.ts';
import { scoreFindings } from '../score.ts';
import { inMessages, t, wordsLanguage } from '../i18n.ts';
import { differsFrom } from '../memory/versions.ts';
import type { AnswerOf, ReportAnswer, ReportOptions, RequestOf } from '../messages.ts';
import type { Assessment, ProfileSnapshot } from '../model.ts';
import { bundleFileNames, bundleText, buildBundle, ic3Text, IC3_URL, mailtoUrl, slackMessage, type BundleInput, type EvidenceBundle } from '../report/bundle.ts';
import { comparisonForReport, holdsClearContacts } from '../report/kept-application.ts';
import type { WebhookStatus } from '../report/log.ts';
import type { QueuedDelivery } from '../report/queue.ts';
import { SENDING_DESTINATIONS, type Destination, type Settings } from '../settings.ts';
import { needsDisposableDomains } from '../signals/common/disposable-domains.ts';
import { assessedKey, viewKey, type WorkerContext } from './context.ts';
import type { Deliveries } from './deliveries.ts';
import { hubAddressOf, hubBinding, hubBody, hubReportsUrl } from './hub-deliveries.ts';
import type { Reviews } from './reviews.ts';
import type { Team } from './team.ts';

/** The address a snapshot names its profile by, as a bundle has it. */
const addressOf = (snapshot: ProfileSnapshot) => hubAddressOf(snapshot.profileUrl ?? snapshot.url);

export function createReports(ctx: WorkerContext, reviews: Reviews, deliveries: Deliveries, team: Team) {
  const { currentEndpoint, scheduleNextWake, runQueue } = deliveries;
  const { env, memory, memorySerial, log, queue } = ctx;

  async function reportOptions(profileKey?: string): Promise<ReportOptions> {
    const [{ settings }, earlier, comparison, joined, seen] = await Promise.all([
      ctx.loadSettings(),
      profileKey ? log.forProfile(profileKey) : Promise.resolve([]),
      profileKey ? memorySerial(() => memory.comparisonOf(profileKey)) : Promise.resolve(null),
      team.joined(),
      profileKey ? env.session.get([viewKey(profileKey)]) : Promise.resolve({}),
    ]);
    const available: Destination[] = ['clipboard', 'download', 'linkedin', 'ic3'];
    if (settings.email) available.push('email');
    if (settings.webhookUrl) available.push('webhook');
    // The team's hub names the profile by its key, made from its address: a profile read without
    // one cannot go there (the form says so). Ticked whenever it can: a joined team expects reports.
    const view = profileKey ? ((seen as Record<string, unknown>)[viewKey(profileKey)] as ProfileSnapshot | undefined) : undefined;
    const teamOk = joined !== null && (view === undefined || addressOf(view) !== null);
    if (teamOk) available.push('team');
    return {
      defaults: [...new Set([...settings.reportDestinations, ...(teamOk ? (['team'] as const) : [])])].filter((d) => available.includes(d)),
      available,
      email: settings.email,
      webhookUrl: settings.webhookUrl,
      team: joined ? { name: joined.name } : null,
      earlier: earlier
        .map((e) => ({ createdAt: e.createdAt, destinations: e.destinations }))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
      applicationInClear: holdsClearContacts(comparison),
    };
  }

  /**
   * The same report in English (the reportsInEnglish setting, for the webhook and IC3): the profile
   * checked again, at the report's time, with the English words and what Telltale knows then
   * (memory's view of it, the report log, the settings). A profile seen since that shares a detail
   * with this one adds its finding here though the screen, read earlier, did not show it yet (to be
   * made exact: keep the English check made with the one on screen). Null when the words are
   * English already or could not be read. The kept application's findings stay in the words they
   * were compared in.
   */
  type ReportFrom = NonNullable<RequestOf<'ui/report'>['from']>;

  interface SentTexts {
    webhook: string;
    /** The team hub's body when it is chosen: the bundle as the webhook's JSON format has it (./hub-deliveries.ts hubBody). */
    hub: string | null;
    ic3: string;
  }

  async function inEnglish(input: BundleInput, settings: Settings, from: ReportFrom, forHub: boolean): Promise<SentTexts | null> {
    if (wordsLanguage().split(/[-_]/)[0]!.toLowerCase() === 'en') return null;
    const english = await env.packagedMessages?.('en').catch(() => null);
    if (!english) return null;
    const { snapshot, profileKey } = input;
    const [mem, domains] = await Promise.all([
      memorySerial(() => ctx.memoryView(profileKey, snapshot, snapshot, settings.region)),
      needsDisposableDomains(snapshot) ? (env.disposableDomains?.() ?? null) : null,
    ]);
    return inMessages(english, 'en', () =>
      sentTexts(
        buildBundle({
          ...input,
          assessment: assess(snapshot, { now: input.createdAt, region: settings.region, memory: mem, disabled: settings.disabledSignals, disposableDomains: domains }),
          screenshotNote: screenshotNote(from),
        }),
        settings,
        forHub,
      ),
    );
  }

  /** What leaves for the webhook, the team's hub and IC3, in the words in force when it is called. */
  const sentTexts = (bundle: EvidenceBundle, settings: Settings, forHub: boolean): SentTexts => ({
    webhook: settings.webhookFormat === 'slack' ? JSON.stringify(slackMessage(bundle)) : JSON.stringify(bundle),
    hub: forHub ? hubBody(bundle) : null,
    ic3: ic3Text(bundle),
  });

  const screenshotNote = (from: ReportFrom) => (from === 'report-page' ? t('err_screenshot_report_page') : t('err_screenshot_refused'));

  /**
   * A report carries what this browser saw: what the team's hub answered (colleagues' names, their
   * triage notes, other profiles' counts) stays in the extension (PRIVACY.md), and the level is
   * scored again without it. The team has it in its hub already.
   */
  function withoutTeam(a: Assessment): Assessment {
    if (!a.findings.some((f) => f.category === 'team') && !a.notChecked.some((n) => n.category === 'team')) return a;
    const findings = a.findings.filter((f) => f.category !== 'team');
    const { score, level } = scoreFindings(findings);
    return { ...a, findings, notChecked: a.notChecked.filter((n) => n.category !== 'team'), score, level };
  }

  async function makeReport(req: RequestOf<'ui/report'>): Promise<AnswerOf['ui/report']> {
    const from = req.from ?? 'popup';
    const got = await env.session.get([viewKey(req.profileKey), assessedKey(req.profileKey)]);
    const snapshot = got[viewKey(req.profileKey)] as ProfileSnapshot | undefined;
    const assessed = got[assessedKey(req.profileKey)] as Assessment | undefined;
    if (!snapshot || !assessed) return { ok: false, error: t('err_not_read') };
    const assessment = withoutTeam(assessed);
    const { settings } = await ctx.loadSettings();
    let destinations = [...new Set(req.destinations)];
    const skipped: string[] = [];
    if (destinations.includes('webhook') && !settings.webhookUrl) skipped.push(t('err_skipped_webhook'));
    if (destinations.includes('email') && !settings.email) skipped.push(t('err_skipped_email'));
    // The team joined now, and the profile's address its key is made from (./hub-deliveries.ts).
    const joined = destinations.includes('team') ? await team.joined() : null;
    const address = addressOf(snapshot);
    if (destinations.includes('team') && !joined) skipped.push(t('err_skipped_team'));
    else if (destinations.includes('team') && !address) skipped.push(t('err_skipped_team_address'));
    destinations = destinations.filter((d) => (d !== 'webhook' || settings.webhookUrl) && (d !== 'email' || settings.email) && (d !== 'team' || (joined && address)));
    if (destinations.some((d) => SENDING_DESTINATIONS.includes(d)) && env.sendingAllowed && !(await env.sendingAllowed())) {
      return { ok: false, error: t('err_consent') };
    }

    const versions = await memory.versionsOf(req.profileKey);
    const earlier = versions.filter((ver) => differsFrom(ver.snapshot, snapshot)).map((ver) => ({ seenAt: ver.lastSeen, snapshot: ver.snapshot }));
    const now = env.now();
    const id = ctx.randomId();
    const input: BundleInput = {
      idempotencyKey: id,
      createdAt: now,
      extensionVersion: ctx.version,
      profileKey: req.profileKey,
      snapshot,
      assessment,
      earlier,
      application: comparisonForReport(await memorySerial(() => memory.comparisonOf(req.profileKey)), req.clearContacts === true),
      note: req.note,
      destinations,
      screenshot: req.screenshot,
      screenshotNote: screenshotNote(from),
    };
    const bundle = buildBundle(input);
    const webhookChosen = destinations.includes('webhook') && settings.webhookUrl !== null;
    const hubTo = destinations.includes('team') && joined && address ? { state: joined, address } : null;
    // Made before the review says "reported", so it is checked as the report on screen was. The
    // hub gets what the webhook gets: in English too with the setting.
    const sent =
      (settings.reportsInEnglish && (webhookChosen || hubTo || destinations.includes('ic3')) ? await inEnglish(input, settings, from, hubTo !== null) : null) ?? sentTexts(bundle, settings, hubTo !== null);
    await reviews.markReported(req.profileKey, destinations);
    const pending = (): WebhookStatus => ({ state: 'pending', attempts: 0, lastError: null, nextAttemptAt: now.toISOString() });
    const webhook: WebhookStatus | null = webhookChosen ? pending() : null;
    const hub: WebhookStatus | null = hubTo ? pending() : null;
    await log.add({
      id,
      profileKey: req.profileKey,
      profileUrl: bundle.profile.url,
      name: bundle.profile.name,
      createdAt: bundle.createdAt,
      destinations,
      note: bundle.note,
      webhook,
      hub,
      bundle,
    });
    const queued: Omit<QueuedDelivery, 'attempts' | 'lastAttemptAt' | 'lastError' | 'leaseUntil' | 'nextAttemptAt'>[] = [];
    if (webhookChosen) {
      const { secretId } = await currentEndpoint(settings);
      queued.push({ id, profileKey: req.profileKey, profileName: bundle.profile.name, url: settings.webhookUrl!, secretId, format: settings.webhookFormat, body: sent.webhook, createdAt: bundle.createdAt });
    }
    if (hubTo) {
      // Bound to this team and member; the token is read when it is sent, never queued.
      const binding = await hubBinding(hubTo.state, hubTo.address);
      queued.push({ id, target: 'hub', profileKey: req.profileKey, profileName: bundle.profile.name, url: hubReportsUrl(hubTo.state.hub), hub: binding, format: 'json', body: sent.hub ?? hubBody(bundle), createdAt: bundle.createdAt });
    }
    if (queued.length > 0) {
      for (const item of queued) await queue.enqueue(item, now);
      // The alarm is set before the first attempt, so a worker stopped mid-request still retries.
      await scheduleNextWake();
      void runQueue().catch(() => undefined);
    }
    const text = bundleText(bundle);
    const report: ReportAnswer = {
      id,
      bundle,
      // A unit list is "a, b" in English, as the report always wrote it.
      text: skipped.length > 0 ? `${text}\n\n${t('err_not_sent_to', new Intl.ListFormat(wordsLanguage(), { type: 'unit', style: 'short' }).format(skipped))}` : text,
      files: bundleFileNames(bundle),
      mailto: destinations.includes('email') && settings.email ? mailtoUrl(settings.email, bundle) : null,
      linkedinUrl: destinations.includes('linkedin') ? bundle.profile.url : null,
      ic3: destinations.includes('ic3') ? { url: IC3_URL, text: sent.ic3 } : null,
      webhook,
      hub: hubTo && hub ? { team: hubTo.state.name, status: hub } : null,
      notSent: skipped,
    };
    return { ok: true, report };
  }

  const handlers = {
    'ui/report-options': async (req: RequestOf<'ui/report-options'>) => ({ ok: true as const, options: await reportOptions(req.profileKey) }),
    'ui/report': (req: RequestOf<'ui/report'>) => makeReport(req),
  };

  return { handlers };
}
