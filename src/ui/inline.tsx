// Inline UI in the page: the risk pill beside the name, a badge beside each element a finding
// concerns, and the explanation panel they open. Each piece is a Preact tree in a closed shadow
// root inside a small host marked data-telltale (hosts.ts); only this content script holds the roots. Drawing is idempotent: every call renders
// the whole wanted state, reusing the hosts already there and removing the ones no longer wanted,
// so re-runs of the content script never add a second copy of anything.
import { render, type ComponentChild } from 'preact';
import type { Review, ReviewOutcome } from '../messages.ts';
import type { Assessment, Finding } from '../model.ts';
import { Badge } from './Badge.tsx';
import { noExplanations, type Explain } from '../explanation.ts';
import { ensureHost, findHosts, placementFor, removeHostsExcept, rootOf, type HostSpec, type Placement, type Role } from './hosts.ts';
import { groupNotChecked } from './missing-groups.ts';
import { isSafeViewUrl, profileSlug } from './missing-views.ts';
import type { MissingGroup } from './NotCheckedList.tsx';
import { Panel, type PanelContent } from './Panel.tsx';
import { Pill } from './Pill.tsx';
import { CSS, pageTheme } from './styles.ts';
import { clearedSummary, PILL_PREFIX, pillState, SEVERITY_RANK, unreadableLine } from './texts.ts';

export { HOST_ATTR, rootOf } from './hosts.ts';

export interface ProfileView {
  /** The page's URL (its /in/<slug>/ names the profile for the "open the missing view" links). */
  url: string;
  /** The worker's key for this member; null: reviews cannot be filed. */
  profileKey: string | null;
  assessment: Assessment;
  review: Review | null;
  /** The page element of each snapshot ref ("name", "experience:3", …). */
  elements: Map<string, Element>;
  /** The displayed name. */
  name?: string | null;
}

export interface InlineUiOptions {
  /** The catalogue's texts for a signal (why it matters, innocent explanations, source). */
  explain?: Explain;
  /** Files a review with the worker; answers the review now kept (null when cleared). */
  saveReview?: (profileKey: string, outcome: ReviewOutcome | null) => Promise<Review | null>;
  /**
   * The panel's "Report this profile…" (a trusted click only): asks the worker to open the
   * extension's report page for this profile (page/open-report). The form is never in the page.
   * Rejects with the reason when the page could not be opened. Without it: no Report button.
   */
  onReport?: (view: ProfileView) => void | Promise<void>;
  /** The panel's "Compare with the application…": the worker opens the extension's compare page for this profile (page/open-compare). */
  onCompare?: (profileKey: string) => Promise<void>;
  /** Forgets the member (page/forget); resolves true when something was forgotten. Without it: no Forget button. */
  forget?: (profileKey: string, reports: boolean) => Promise<boolean>;
  /** Sends the tab to a view Telltale built (missing-views.ts); the page's location by default. */
  navigate?: (url: string) => void;
  /** The address of the profile on screen; the document's own by default (the example page shows one it did not load). */
  currentUrl?: () => string;
  /**
   * "Save the page structure"'s click handler (save-structure.ts saveStructureOnClick), offered when
   * the page's layout was not understood; answers the saved file's name. Without it: no such button.
   */
  saveStructure?: (event: Event) => string | null;
}

export interface InlineUi {
  showAssessment(view: ProfileView): void;
  /** A page Telltale cannot read says so; it never passes as a clean profile. */
  showUnreadable(reason: string, anchor?: Element | null, newLayout?: boolean): void;
  /** Removes everything Telltale put into the page. */
  removeAll(): void;
}

type Shown = { kind: 'assessment'; view: ProfileView } | { kind: 'unreadable'; reason: string; anchor: Element | null; newLayout: boolean };
interface Opener {
  role: Role;
  key: string;
}

const bySeverity = (a: Finding, b: Finding) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];

export interface BadgePlan {
  key: string;
  anchor: Element;
  placement: Placement;
  findings: Finding[];
}

/** One badge per page element that findings concern, strongest finding first; refs the page does not have get none. */
export function planBadges(findings: readonly Finding[], elements: ReadonlyMap<string, Element>, view: Window | null): BadgePlan[] {
  const plans = new Map<string, BadgePlan>();
  const byAnchor = new Map<Element, Map<Placement, BadgePlan>>();
  for (const finding of [...findings].sort(bySeverity)) {
    const resolve = (refs: readonly string[]) =>
      refs.map((ref) => ({ ref, el: elements.get(ref) })).filter((x): x is { ref: string; el: Element } => !!x.el?.isConnected);
    // On the elements it concerns; on its fallback (the name) only when the page shows none of them.
    const mine = resolve(finding.refs);
    const own = mine.length > 0 || !finding.fallbackRef ? mine : resolve([finding.fallbackRef]);
    // A finding about a section and its items ("activity", "activity:0", …) gets one badge, on the section.
    const outermost = own.filter((x) => !own.some((y) => y.el !== x.el && y.el.contains(x.el)));
    for (const { ref, el } of outermost) {
      const { anchor, placement } = placementFor(ref, el, view);
      const atAnchor = byAnchor.get(anchor) ?? new Map<Placement, BadgePlan>();
      byAnchor.set(anchor, atAnchor);
      let plan = atAnchor.get(placement);
      if (!plan) {
        plan = { key: ref, anchor, placement, findings: [] };
        atAnchor.set(placement, plan);
        plans.set(`${ref}`, plan);
      }
      if (!plan.findings.includes(finding)) plan.findings.push(finding);
    }
  }
  return [...plans.values()];
}

export function createInlineUi(doc: Document, options: InlineUiOptions = {}): InlineUi {
  const explain = options.explain ?? noExplanations;
  const navigate = options.navigate ?? ((url: string) => doc.location.assign(url));
  const win = doc.defaultView;
  let shown: Shown | null = null;
  /** afterShow: "Show on the page" moved focus to a badge, whose press must bring the finding back, not close the panel. */
  let panel: { opener: Opener; focusFinding: string | null; token: number; afterShow?: boolean } | null = null;
  let token = 0;
  let themeWatch: MutationObserver | null = null;
  /** The badge "Show on the page" pointed at, highlighted for a moment. */
  let flash: { key: string; timer: ReturnType<typeof setTimeout> } | null = null;
  /** The finding "Show on the page" pointed at last, and its badge: that badge leads with its title. */
  let pointed: { key: string; findingId: string } | null = null;
  let drawnTheme = '';

  const sameOpener = (a: Opener, b: Opener) => a.role === b.role && a.key === b.key;

  function toggle(opener: Opener, focusFinding: string | null): void {
    if (panel && !panel.afterShow && sameOpener(panel.opener, opener) && panel.focusFinding === focusFinding) {
      close();
      return;
    }
    panel = { opener, focusFinding, token: ++token };
    draw();
  }

  function close(returnFocus = true): void {
    const opener = panel?.opener;
    panel = null;
    draw();
    if (!returnFocus || !opener) return;
    const host = findHosts(doc, opener.role, opener.key)[0] ?? findHosts(doc, 'pill')[0];
    rootOf(host)?.querySelector('button')?.focus();
  }

  /**
   * The buttons that open a view of the profile on screen, at an address built from the profile's
   * own URL (missing-views.ts), never a link from the page; run only by the user's trusted click.
   */
  function missingGroups(view: ProfileView): MissingGroup[] {
    return groupNotChecked(view.assessment.notChecked, view.url, (href, slug) => {
      // The tab must still be on this profile, and the address one Telltale may go to.
      const here = options.currentUrl?.() ?? (doc.location as Location | undefined)?.href ?? view.url;
      if (profileSlug(here) !== slug || !isSafeViewUrl(href, slug)) return;
      close(false);
      navigate(href);
    });
  }

  /** Scrolls the entry into view and highlights its badge for a moment; the panel stays open. */
  function show(plan: BadgePlan | undefined, findingId: string): void {
    if (!plan?.anchor.isConnected) return;
    pointed = { key: plan.key, findingId };
    plan.anchor.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    if (flash) clearTimeout(flash.timer);
    flash = { key: plan.key, timer: setTimeout(() => ((flash = null), draw()), 2500) };
    if (panel) panel.afterShow = true;
    draw();
    // Keyboard users land on the badge; pressing it brings them back to the finding in the panel.
    rootOf(findHosts(doc, 'badge', plan.key)[0])?.querySelector('button')?.focus({ preventScroll: true });
  }

  function watchTheme(): void {
    if (themeWatch || !win?.MutationObserver) return;
    themeWatch = new win.MutationObserver(() => {
      if (pageTheme(doc) !== drawnTheme) draw();
    });
    themeWatch.observe(doc.documentElement, { attributes: true, attributeFilter: ['class'] });
  }

  function draw(): void {
    if (!shown) {
      removeHostsExcept(doc, new Set());
      return;
    }
    watchTheme();
    const theme = pageTheme(doc);
    drawnTheme = theme;
    const keep = new Set<string>();
    const expanded = panel !== null;
    const mount = (spec: HostSpec, node: ComponentChild) => {
      const root = ensureHost(doc, spec, theme);
      render(
        <>
          <style>{CSS}</style>
          {node}
        </>,
        root,
      );
      keep.add(`${spec.role}:${spec.key}`);
    };
    const pillOpener: Opener = { role: 'pill', key: 'pill' };
    const badgeOf = new Map<string, BadgePlan>();
    let content: PanelContent;
    let onReview: ((outcome: ReviewOutcome | null) => Promise<void>) | undefined;
    let onReport: (() => Promise<void>) | undefined;
    let onForget: ((reports: boolean) => Promise<boolean>) | undefined;
    let onCompare: (() => Promise<void>) | undefined;
    const layoutNew = shown.kind === 'unreadable' ? shown.newLayout : shown.view.assessment.layoutNew === true;
    const onSaveStructure = layoutNew ? options.saveStructure : undefined;

    if (shown.kind === 'unreadable') {
      const anchor = shown.anchor?.isConnected ? shown.anchor : null;
      mount(
        { role: 'pill', key: 'pill', anchor, placement: anchor ? 'after' : 'fixed' },
        <Pill text={PILL_PREFIX + unreadableLine(shown.reason)} tone="unreadable" review={null} expanded={expanded} onOpen={() => toggle(pillOpener, null)} />,
      );
      content = { kind: 'unreadable', reason: shown.reason };
    } else {
      const { view } = shown;
      const name = view.elements.get('name');
      const anchor = name?.isConnected ? name : null;
      mount(
        { role: 'pill', key: 'pill', anchor, placement: anchor ? 'after' : 'fixed' },
        <Pill
          text={PILL_PREFIX + (view.review?.outcome === 'cleared' ? clearedSummary(view.assessment, view.review) : pillState(view.assessment).text)}
          tone={pillState(view.assessment).tone}
          review={view.review}
          expanded={expanded}
          onOpen={() => toggle(pillOpener, null)}
        />,
      );
      const plans = planBadges(view.assessment.findings, view.elements, win);
      for (const plan of plans) {
        const opener: Opener = { role: 'badge', key: plan.key };
        mount(
          { role: 'badge', key: plan.key, anchor: plan.anchor, placement: plan.placement },
          <Badge
            findings={plan.findings}
            expanded={expanded}
            flash={flash?.key === plan.key}
            lead={pointed?.key === plan.key ? pointed.findingId : undefined}
            onOpen={(id) => toggle(opener, id)}
          />,
        );
      }
      // A finding's first badge is where "Show on the page" goes.
      for (const plan of [...plans].reverse()) for (const f of plan.findings) badgeOf.set(f.id, plan);
      content = { kind: 'assessment', assessment: view.assessment, review: view.review, missing: panel ? missingGroups(view) : [] };
      const { profileKey } = view;
      const save = options.saveReview;
      if (profileKey && save) {
        onReview = async (outcome) => {
          const review = await save(profileKey, outcome);
          if (shown?.kind === 'assessment' && shown.view.profileKey === profileKey) {
            shown = { kind: 'assessment', view: { ...shown.view, review } };
            draw();
          }
        };
      }
      const report = options.onReport;
      if (report && profileKey) onReport = async () => report(view);
      const forget = options.forget;
      if (forget && profileKey) onForget = (reports) => forget(profileKey, reports);
      const compare = options.onCompare;
      if (compare && profileKey) onCompare = () => compare(profileKey);
    }

    if (panel) {
      mount(
        { role: 'panel', key: 'panel', anchor: null, placement: 'body' },
        <Panel
          content={content}
          explain={explain}
          focusFinding={panel.focusFinding}
          focusToken={panel.token}
          onClose={() => close()}
          onReview={onReview}
          onReport={onReport}
          onForget={onForget}
          onCompare={onCompare}
          onSaveStructure={onSaveStructure}
          showable={new Set(badgeOf.keys())}
          onShow={(id) => show(badgeOf.get(id), id)}
        />,
      );
    }
    removeHostsExcept(doc, keep);
  }

  return {
    showAssessment(view) {
      if (shown?.kind === 'assessment' && shown.view.profileKey !== view.profileKey) {
        panel = null;
        pointed = null;
      }
      shown = { kind: 'assessment', view };
      draw();
    },
    showUnreadable(reason, anchor = null, newLayout = false) {
      if (shown?.kind !== 'unreadable') panel = null;
      shown = { kind: 'unreadable', reason, anchor, newLayout };
      draw();
    },
    removeAll() {
      if (flash) clearTimeout(flash.timer);
      flash = null;
      pointed = null;
      shown = null;
      panel = null;
      themeWatch?.disconnect();
      themeWatch = null;
      draw();
    },
  };
}
