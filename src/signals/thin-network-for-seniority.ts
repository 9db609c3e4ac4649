// A long, senior career leaves a network behind. Very few connections and followers for one is a
// thin footprint; private people exist, so alone it is `info`, raised to `warn` beside other signs.
import type { Signal } from './signal.ts';
import { t, tn } from '../i18n.ts';
import { finding, notChecked } from './common/findings.ts';
import { claimedCareer, parseConnections } from './common/career.ts';
import { formatDuration } from './common/partial-dates.ts';

const LONG_CAREER_MONTHS = 10 * 12;
const FEW_CONNECTIONS = 50;
const FEW_FOLLOWERS = 100;

const self = { id: 'thin-network-for-seniority', category: 'network' } as const;

export const thinNetworkForSeniority: Signal = {
  ...self,
  corroboration: { categories: ['reactivation', 'timeline', 'contact', 'education', 'identity', 'history'], severity: 'warn' },
  run(snapshot, ctx) {
    const connections = parseConnections(snapshot.connections);
    if (connections === null) {
      return { findings: [], notChecked: notChecked(self, t('f_thin_network_no_count_reason'), t('f_thin_network_no_count_see')) };
    }
    const career = claimedCareer(snapshot, ctx);
    if (!career) return { findings: [] };
    if (!career.senior || career.spanMonths < LONG_CAREER_MONTHS) return { findings: [] };
    if (connections >= FEW_CONNECTIONS || (snapshot.followers !== null && snapshot.followers >= FEW_FOLLOWERS)) return { findings: [] };
    const shown = tn('f_thin_network_connections', connections, [snapshot.connections ?? '']);
    const span = formatDuration(career.spanMonths);
    return {
      findings: [
        finding(self, {
          severity: 'info',
          title: t('f_thin_network_title'),
          evidence:
            snapshot.followers !== null
              ? t('f_thin_network_evidence_followers', [shown, tn('f_thin_network_followers', snapshot.followers), span])
              : t('f_thin_network_evidence', [shown, span]),
          howToVerify: t('f_thin_network_verify'),
          // On the connections line in the top card; beside the name where the layout does not mark it.
          refs: ['connections'],
          fallbackRef: 'name',
        }),
      ],
    };
  },
};

export default thinNetworkForSeniority;
