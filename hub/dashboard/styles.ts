// The dashboard's CSS: the extension's visual language (src/ui/styles.ts's palette, src/ui/page-styles.ts's
// page type, chips, severity tags, buttons and focus rings), light and dark through
// prefers-color-scheme. hub/ may not import src/ui (.dependency-cruiser.cjs: the hub takes only
// the shared layers), so the palette comes from the base module both import (src/palette.ts),
// whose contrast tests/ui/contrast.test.ts checks.

import { PALETTE, paletteVars } from '../../src/palette.ts';

/** The extension's palette itself (src/palette.ts), for the dashboard's custom properties. */
export const DASHBOARD_PALETTE = PALETTE;

export const DASHBOARD_CSS = `
:root{${paletteVars(DASHBOARD_PALETTE.light)};color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{${paletteVars(DASHBOARD_PALETTE.dark)}}}
*{box-sizing:border-box}
body{margin:0;background:var(--tt-bg);color:var(--tt-fg);font:400 14px/1.5 -apple-system,system-ui,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header.top{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;padding:10px 20px;border-bottom:1px solid var(--tt-line)}
header.top .brand{font-weight:700;font-size:15px;margin:0}
header.top .who{color:var(--tt-muted);font-size:13px;margin-inline-start:auto}
nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:4px;margin:0;padding:0}
nav a{display:inline-block;padding:4px 12px;border-radius:16px;text-decoration:none;font-weight:600;font-size:13px}
nav a,nav a:visited{color:var(--tt-accent)}
nav a[aria-current=page]{background:var(--tt-accent);color:var(--tt-accent-fg)}
main{max-width:72rem;margin:0 auto;padding:16px 20px 32px}
main.narrow{max-width:36rem}
h1{font-size:22px;line-height:1.3;font-weight:600;margin:8px 0 4px}
h2{font-size:16px;font-weight:600;margin:24px 0 6px}
h3{font-size:14px;font-weight:600;margin:16px 0 6px}
p{margin:6px 0}
ul{margin:6px 0;padding-inline-start:20px}
a,a:visited{color:var(--tt-accent)}
.muted{color:var(--tt-muted)}
.card{background:var(--tt-section-bg);border-radius:8px;padding:10px 14px;margin:10px 0}
code,kbd{font:600 13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--tt-none-bg);color:var(--tt-none-fg);border-radius:4px;padding:1px 5px}
button{font:inherit;cursor:pointer}
.btn{border:1px solid var(--tt-accent);color:var(--tt-accent);background:transparent;border-radius:16px;padding:4px 14px;font-weight:600;font-size:13px;line-height:20px;text-decoration:none;display:inline-block}
.btn:visited{color:var(--tt-accent)}
.btn.primary{background:var(--tt-accent);color:var(--tt-accent-fg)}
.btn.quiet{border-color:transparent;color:var(--tt-muted);font-weight:500}
.btn:disabled{opacity:.6;cursor:default}
.actions{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:10px 0}
button:focus-visible,a:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,summary:focus-visible,[tabindex]:not([tabindex="-1"]):focus-visible{outline:2px solid var(--tt-accent);outline-offset:2px}
[tabindex="-1"]:focus{outline:none}
input:not([type=checkbox]):not([type=radio]),select,textarea{font:inherit;color:var(--tt-fg);background:var(--tt-bg);border:1px solid var(--tt-line);border-radius:6px;padding:4px 8px}
textarea{width:100%;min-height:5rem}
textarea.code{font:13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
fieldset{border:1px solid var(--tt-line);border-radius:8px;margin:10px 0;padding:8px 14px 12px}
legend{font-weight:600;padding:0 4px}
label{font-weight:600}
.field{display:flex;flex-direction:column;gap:4px;margin:8px 0}
.filters{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:flex-end}
.filters .field{margin:4px 0}
.status{min-height:1.5em;color:var(--tt-muted);font-size:13px}
.status.error,[role=alert]{color:var(--tt-high-fg)}
.chip{display:inline-flex;align-items:center;gap:6px;border:1px solid currentColor;border-radius:12px;padding:1px 10px;font-size:12px;font-weight:600;line-height:20px;white-space:nowrap}
.chip .mark{font-size:11px;line-height:1}
.high,.alert{color:var(--tt-high-fg);background:var(--tt-high-bg)}
.medium,.warn{color:var(--tt-medium-fg);background:var(--tt-medium-bg)}
.low{color:var(--tt-low-fg);background:var(--tt-low-bg)}
.info,.new,.unknown{color:var(--tt-none-fg);background:var(--tt-none-bg)}
.under_review{color:var(--tt-medium-fg);background:var(--tt-medium-bg)}
.confirmed_fraud{color:var(--tt-high-fg);background:var(--tt-high-bg)}
.false_alarm{color:var(--tt-low-fg);background:var(--tt-low-bg)}
.sev{display:inline-block;font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.03em;border-radius:4px;padding:0 6px;margin-inline-end:6px;border:1px solid currentColor}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{border-bottom:1px solid var(--tt-line);padding:6px 8px;text-align:start;vertical-align:top}
th{font-size:12px;color:var(--tt-muted);font-weight:600}
td.key,span.key{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
.finding{border-inline-start:4px solid var(--tt-line);background:var(--tt-section-bg);border-radius:0 6px 6px 0;padding:6px 12px;margin:8px 0}
.finding.alert{border-color:var(--tt-high-fg);background:var(--tt-section-bg);color:var(--tt-fg)}
.finding.warn{border-color:var(--tt-medium-fg);background:var(--tt-section-bg);color:var(--tt-fg)}
.finding h4{margin:0 0 4px;font-size:14px}
dl{margin:4px 0}
dt{font-size:12px;font-weight:600;color:var(--tt-muted);margin-top:6px}
dd{margin:0}
.evidence{white-space:pre-wrap;overflow-wrap:anywhere}
.shot{max-width:100%;height:auto;border:1px solid var(--tt-line);border-radius:6px}
.graph{display:block;width:100%;max-width:26rem;height:auto;background:var(--tt-section-bg);border-radius:8px}
.graph line{stroke:var(--tt-line);stroke-width:2}
.graph circle{stroke:var(--tt-fg);stroke-width:1.5}
.graph circle.new{fill:var(--tt-none-bg)}
.graph circle.under_review{fill:var(--tt-medium-bg)}
.graph circle.confirmed_fraud{fill:var(--tt-high-bg)}
.graph circle.false_alarm{fill:var(--tt-low-bg)}
.graph text{fill:var(--tt-fg);font-size:11px;paint-order:stroke;stroke:var(--tt-section-bg);stroke-width:3px}
.graph text.edge{fill:var(--tt-muted);font-size:10px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;
