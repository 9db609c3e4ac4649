// CPU profile of one fresh page load with the extension: self time per function of the content
// script, to see what its first run costs. A development tool; prints figures, asserts nothing.
// Usage: npm run build && tsx scripts/profile-load.ts [page file] [runs]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, root } from '../tests/e2e/harness.ts';

const SHARED = join(root, '../shared/linkedin-pages/logged-in');
const file = process.argv[2] ?? 'scoutr-profile4.html';
const runs = Number(process.argv[3] ?? 3);
const url = 'https://www.linkedin.com/in/someone-profiled/';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

async function main(): Promise<void> {
  if (!existsSync(join(SHARED, file))) throw new Error(`${file} is not in ${SHARED}`);
  const session = await launchChromium(new Map([[url, readFileSync(join(SHARED, file), 'utf8')]]));
  const self = new Map<string, number>();
  try {
    for (let r = 0; r < runs; r++) {
      const page = await session.context.newPage();
      const cdp = await session.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(1500);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      await page.close();
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      // Attribute each sample to the innermost extension frame on its stack (natives such as
      // (program) or querySelectorAll under our code count as ours).
      profile.samples.forEach((id, i) => {
        const dt = (profile.timeDeltas[i] ?? 0) / 1000;
        let cur: number | undefined = id;
        const leaf = byId.get(id)!;
        while (cur !== undefined) {
          const n = byId.get(cur)!;
          if (n.callFrame.url.startsWith('chrome-extension://')) {
            const key = leaf === n || leaf.callFrame.url ? `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}` : `${n.callFrame.functionName || '(anon)'}:${n.callFrame.columnNumber} > ${leaf.callFrame.functionName}`;
            self.set(key, (self.get(key) ?? 0) + dt);
            return;
          }
          cur = parent.get(cur);
        }
        if (!leaf.callFrame.url && /program|garbage/.test(leaf.callFrame.functionName)) {
          const key = `[page-wide] ${leaf.callFrame.functionName}`;
          self.set(key, (self.get(key) ?? 0) + dt);
        }
      });
    }
  } finally {
    await session.close();
  }
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]);
  const total = rows.filter(([k]) => !k.startsWith('[page-wide]')).reduce((s, [, v]) => s + v, 0);
  console.log(`content script, per load (mean of ${runs}): ${(total / runs).toFixed(1)} ms`);
  for (const [k, v] of rows.slice(0, 40)) console.log(`${(v / runs).toFixed(2).padStart(8)} ms  ${k}`);
}

main().catch((e: unknown) => { console.error(e); process.exit(1); });
