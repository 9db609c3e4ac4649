// A small graph of linked profiles, drawn as inline SVG: profiles on a circle, one line between two
// profiles for each detail they share (its kind on hover, in <title>). The table beside it says
// the same in text; the SVG has a title and a description for screen readers.
import type { LinkedProfile, SharedDetail } from '../queries.ts';

const MAX_NODES = 30;
const SIZE = 360;

export function Graph({ profiles, shared }: { profiles: LinkedProfile[]; shared: SharedDetail[] }) {
  const nodes = profiles.slice(0, MAX_NODES);
  const at = new Map<string, { x: number; y: number; p: LinkedProfile }>();
  const r = nodes.length <= 2 ? 90 : 130;
  nodes.forEach((p, i) => {
    const a = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    at.set(p.key, { x: SIZE / 2 + r * Math.cos(a), y: SIZE / 2 + r * Math.sin(a), p });
  });
  // One line per pair of profiles, naming every kind of detail they share.
  const pairs = new Map<string, { a: string; b: string; kinds: string[] }>();
  for (const s of shared) {
    for (let i = 0; i < s.profiles.length; i++) {
      for (let j = i + 1; j < s.profiles.length; j++) {
        const [a, b] = [s.profiles[i]!, s.profiles[j]!].sort() as [string, string];
        if (!at.has(a) || !at.has(b)) continue;
        const pair = pairs.get(`${a}|${b}`) ?? { a, b, kinds: [] };
        if (!pair.kinds.includes(s.kind)) pair.kinds.push(s.kind);
        pairs.set(`${a}|${b}`, pair);
      }
    }
  }
  const edges = [...pairs.values()];
  const label = (p: LinkedProfile) => {
    const name = p.names[0];
    return name ? (name.length > 18 ? `${name.slice(0, 17)}…` : name) : 'Unnamed';
  };
  return (
    <svg class="graph" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby="graph-title graph-desc">
      <title id="graph-title">Graph of linked profiles</title>
      <desc id="graph-desc">
        {`${nodes.length} profiles; ${edges.length} pairs of them share a detail. The table below lists them.`}
      </desc>
      {edges.map((e) => {
        const a = at.get(e.a)!;
        const b = at.get(e.b)!;
        return (
          <g key={`${e.a}|${e.b}`}>
            <line x1={a.x} y1={a.y} x2={b.x} y2={b.y}>
              <title>{`Shared ${e.kinds.join(', ')}`}</title>
            </line>
            <text class="edge" x={(a.x + b.x) / 2} y={(a.y + b.y) / 2 - 4} text-anchor="middle">
              {e.kinds.join(', ')}
            </text>
          </g>
        );
      })}
      {[...at.values()].map(({ x, y, p }) => (
        <g key={p.key}>
          <circle cx={x} cy={y} r={9} class={p.status}>
            <title>{`${p.names.join('; ') || 'Unnamed'} (${p.key.slice(0, 8)}…), ${p.status.replace('_', ' ')}`}</title>
          </circle>
          <text x={x} y={y + 22} text-anchor="middle">
            {label(p)}
          </text>
          <text class="edge" x={x} y={y + 34} text-anchor="middle">
            {`${p.key.slice(0, 8)}…`}
          </text>
        </g>
      ))}
    </svg>
  );
}
