// A long, senior career leaves a network behind. Very few connections and followers for one is a
// thin footprint; private people exist, so alone it is `info`, raised to `warn` beside other signs.
import type { Signal } from './signal.ts';
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
      return { findings: [], notChecked: notChecked(self, 'the connection count is not on the page', 'open the profile page itself (the count is under the headline)') };
    }
    const career = claimedCareer(snapshot, ctx);
    if (!career) return { findings: [] };
    if (!career.senior || career.spanMonths < LONG_CAREER_MONTHS) return { findings: [] };
    if (connections >= FEW_CONNECTIONS || (snapshot.followers !== null && snapshot.followers >= FEW_FOLLOWERS)) return { findings: [] };
    return {
      findings: [
        finding(self, {
          severity: 'info',
          title: 'Thin network for a long senior career',
          evidence: `${snapshot.connections} connections${snapshot.followers !== null ? ` and ${snapshot.followers} followers` : ''} for a senior career of ${formatDuration(career.spanMonths)}. Private people keep small networks.`,
          howToVerify: 'Look for colleagues from the listed employers among the connections, and ask for references you can reach yourself.',
          // On the connections line in the top card; beside the name where the layout does not mark it.
          refs: ['connections'],
          fallbackRef: 'name',
        }),
      ],
    };
  },
};

export default thinNetworkForSeniority;
