// Reports: the Report form's options and making a report: the evidence bundle, the log, the review
// set to "reported", and the webhook delivery queued (./deliveries.ts runs the queue).
import { assess } from '../assess.ts';
import { inMessages, t, wordsLanguage } from '../i18n.ts';
import { differsFrom } from '../memory/versions.ts';
import type { AnswerOf, ReportAnswer, ReportOptions, RequestOf } from '../messages.ts';
import type { Assessment, ProfileSnapshot } from '../model.ts';
import { bundleFileNames, bundleText, buildBundle, ic3Text, IC3_URL, mailtoUrl, slackMessage, type BundleInput, type EvidenceBundle } from '../report/bundle.ts';
import { comparisonForReport, holdsClearContacts } from '../report/kept-application.ts';
import type { WebhookStatus } from '../report/log.ts';
import { SENDING_DESTINATIONS, type Destination, type Settings } from '../settings.ts';
import { needsDisposableDomains } from '../signals/common/disposable-domains.ts';
import { assessedKey, viewKey, type WorkerContext } from './context.ts';
import type { Deliveries } from './deliveries.ts';
import type { Reviews } from './reviews.ts';

export function createReports(ctx: WorkerContext, reviews: Reviews, deliveries: Deliveries) {
  const { currentEndpoint, scheduleNextWake, runQueue } = deliveries;
  const { env, memory, memorySerial, log, queue } = ctx;

  async function reportOptions(profileKey?: string): Promise<ReportOptions> {
    const [{ settings }, earlier, comparison] = await Promise.all([
      ctx.loadSettings(),
      profileKey ? log.forProfile(profileKey) : Promise.resolve([]),
      profileKey ? memorySerial(() => memory.comparisonOf(profileKey)) : Promise.resolve(null),
    ]);
    const available: Destination[] = ['clipboard', 'download', 'linkedin', 'ic3'];
    if (settings.email) available.push('email');
    if (settings.webhookUrl) available.push('webhook');
    return {
      defaults: settings.reportDestinations.filter((d) => available.includes(d)),
      available,
      email: settings.email,
      webhookUrl: settings.webhookUrl,
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
    ic3: string;
  }

  async function inEnglish(input: BundleInput, settings: Settings, from: ReportFrom): Promise<SentTexts | null> {
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
      ),
    );
  }

  /** What leaves for the webhook and for IC3, in the words in force when it is called. */
  const sentTexts = (bundle: EvidenceBundle, settings: Settings): SentTexts => ({
    webhook: settings.webhookFormat === 'slack' ? JSON.stringify(slackMessage(bundle)) : JSON.stringify(bundle),
    ic3: ic3Text(bundle),
  });

  const screenshotNote = (from: ReportFrom) => (from === 'report-page' ? t('err_screenshot_report_page') : t('err_screenshot_refused'));

  async function makeReport(req: RequestOf<'ui/report'>): Promise<AnswerOf['ui/report']> {
    const from = req.from ?? 'popup';
    const got = await env.session.get([viewKey(req.profileKey), assessedKey(req.profileKey)]);
    const snapshot = got[viewKey(req.profileKey)] as ProfileSnapshot | undefined;
    const assessment = got[assessedKey(req.profileKey)] as Assessment | undefined;
    if (!snapshot || !assessment) return { ok: false, error: t('err_not_read') };
    const { settings } = await ctx.loadSettings();
    let destinations = [...new Set(req.destinations)];
    const skipped: string[] = [];
    if (destinations.includes('webhook') && !settings.webhookUrl) skipped.push(t('err_skipped_webhook'));
    if (destinations.includes('email') && !settings.email) skipped.push(t('err_skipped_email'));
    destinations = destinations.filter((d) => (d !== 'webhook' || settings.webhookUrl) && (d !== 'email' || settings.email));
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
    // Made before the review says "reported", so it is checked as the report on screen was.
    const sent = (settings.reportsInEnglish && (webhookChosen || destinations.includes('ic3')) ? await inEnglish(input, settings, from) : null) ?? sentTexts(bundle, settings);
    await reviews.markReported(req.profileKey, destinations);
    const webhook: WebhookStatus | null = webhookChosen ? { state: 'pending', attempts: 0, lastError: null, nextAttemptAt: now.toISOString() } : null;
    await log.add({
      id,
      profileKey: req.profileKey,
      profileUrl: bundle.profile.url,
      name: bundle.profile.name,
      createdAt: bundle.createdAt,
      destinations,
      note: bundle.note,
      webhook,
      bundle,
    });
    if (webhookChosen) {
      const body = sent.webhook;
      const { secretId } = await currentEndpoint(settings);
      await queue.enqueue(
        { id, profileKey: req.profileKey, profileName: bundle.profile.name, url: settings.webhookUrl!, secretId, format: settings.webhookFormat, body, createdAt: bundle.createdAt },
        now,
      );
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
    };
    return { ok: true, report };
  }

  const handlers = {
    'ui/report-options': async (req: RequestOf<'ui/report-options'>) => ({ ok: true as const, options: await reportOptions(req.profileKey) }),
    'ui/report': (req: RequestOf<'ui/report'>) => makeReport(req),
  };

  return { handlers };
}
