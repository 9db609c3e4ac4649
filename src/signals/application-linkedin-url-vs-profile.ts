// The LinkedIn address on the application points to another profile than the one on screen: the
// application may have borrowed a real member's profile (a real engineer's page given with another
// person's résumé), or the page on screen is not the candidate's. Compared by the /in/ slug.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding, notChecked } from './common/findings.ts';
import { applicationMissing, sideBySide } from './common/application.ts';

const self = { id: 'application-linkedin-url-vs-profile', category: 'application' } as const;

export function slugOfUrl(url: string | null): string | null {
  if (!url) return null;
  const m = /linkedin\.com\/in\/([^/?#\s]+)/i.exec(url);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!).toLowerCase();
  } catch {
    return m[1]!.toLowerCase();
  }
}

export const applicationLinkedinUrlVsProfile: Signal = {
  ...self,
  run(snapshot, ctx) {
    const missing = applicationMissing(ctx, self);
    if (missing) return { findings: [], notChecked: missing };
    const app = ctx.application!;
    if (app.linkedinUrls.length === 0) return { findings: [], notChecked: notChecked(self, t('fa_linkedin_none_reason'), t('fa_linkedin_none_see')) };
    const onScreen = snapshot.slug?.toLowerCase() ?? slugOfUrl(snapshot.profileUrl) ?? slugOfUrl(snapshot.url);
    if (!onScreen) return { findings: [], notChecked: notChecked(self, t('fa_linkedin_no_slug_reason'), t('fa_linkedin_no_slug_see')) };
    const findings: Finding[] = [];
    app.linkedinUrls.forEach((url, i) => {
      const slug = slugOfUrl(url);
      if (!slug || slug === onScreen) return;
      findings.push(
        finding(self, {
          detail: String(i),
          severity: 'alert',
          title: t('fa_linkedin_title'),
          evidence: t('fa_linkedin_evidence', [sideBySide(`/in/${slug}/ (${url})`, `/in/${onScreen}/`)]),
          howToVerify: t('fa_linkedin_verify'),
          refs: ['name'],
        }),
      );
    });
    return { findings };
  },
};

export default applicationLinkedinUrlVsProfile;
