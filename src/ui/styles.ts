// The CSS of every Telltale host, scoped by its shadow root. `:host { all: initial }` keeps the
// page's styles out, and the shadow root keeps these in. System fonts only: no @font-face is
// needed (a font face would have to be declared outside the shadow root to load).
// Colours come in pairs checked for at least 4.5:1 contrast (tests/ui/contrast.test.ts).
import { PALETTE, paletteVars as vars } from '../palette.ts';

/** The colour pairs (src/palette.ts), as the UI's importers have always named them. */
export { PALETTE };

export type ThemeName = 'light' | 'dark' | 'auto';

/** LinkedIn's own theme from the classes on <html>: dark, light, or not said (follow the system). */
export function pageTheme(doc: Document): ThemeName {
  const classes = doc.documentElement.classList;
  if (classes.contains('theme--dark') || classes.contains('theme--mercado-dark')) return 'dark';
  if (classes.contains('theme--light') || classes.contains('theme--mercado') || classes.contains('theme')) return 'light';
  return 'auto';
}


/** The pairs that carry text (foreground on background), for the contrast test. */
export const TEXT_PAIRS: readonly (readonly [keyof typeof PALETTE.light, keyof typeof PALETTE.light])[] = [
  ['fg', 'bg'],
  ['muted', 'bg'],
  ['fg', 'section-bg'],
  ['muted', 'section-bg'],
  ['accent', 'bg'],
  ['accent', 'section-bg'],
  ['accent-fg', 'accent'],
  ['high-fg', 'high-bg'],
  ['medium-fg', 'medium-bg'],
  ['low-fg', 'low-bg'],
  ['none-fg', 'none-bg'],
];

/** What the pill needs (the early script draws a pill and nothing else, so it carries only this). */
export const PILL_CSS = `
:host{all:initial;${vars(PALETTE.light)};color:var(--tt-fg);font:400 14px/1.45 -apple-system,system-ui,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
:host([data-theme=dark]){${vars(PALETTE.dark)}}
@media (prefers-color-scheme:dark){:host([data-theme=auto]){${vars(PALETTE.dark)}}}
:host([data-telltale=pill]),:host([data-telltale=badge][data-placement=after]){display:inline-block;vertical-align:middle;margin-inline-start:8px;max-width:100%}
:host([data-telltale=badge][data-placement=prepend]){display:block;margin:8px 24px 0}
:host([data-telltale=badge][data-placement=before]){display:block;margin:4px 0}
:host([data-telltale=pill][data-placement=fixed]){position:fixed;z-index:2147483647;inset-block-end:12px;inset-inline-end:12px}
:host([data-telltale=panel]){position:fixed;z-index:2147483647;inset-block-start:64px;inset-inline-end:16px;width:min(440px,calc(100vw - 32px));max-height:calc(100vh - 80px);display:flex}
*{box-sizing:border-box}
button{font:inherit;color:inherit;cursor:pointer;margin:0}
button:focus-visible,a:focus-visible,input:focus-visible,[tabindex]:focus-visible{outline:2px solid var(--tt-accent);outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.chip{display:inline-flex;align-items:center;gap:6px;border:1px solid currentColor;border-radius:12px;padding:1px 10px;font-size:12px;font-weight:600;line-height:20px;max-width:100%;text-align:start}
.chip .label{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;min-width:0}
.chip .mark{font-size:11px;line-height:1}
.high{color:var(--tt-high-fg);background:var(--tt-high-bg)}
.medium,.warn{color:var(--tt-medium-fg);background:var(--tt-medium-bg)}
.low{color:var(--tt-low-fg);background:var(--tt-low-bg)}
.alert{color:var(--tt-high-fg);background:var(--tt-high-bg)}
.info,.unreadable,.pending{color:var(--tt-none-fg);background:var(--tt-none-bg)}
`;

/** The badges', the panel's and the forms' part. */
const REST_CSS = `
.badge{max-width:100%}
.flash{outline:3px solid var(--tt-accent);outline-offset:3px;animation:tt-flash .5s ease-in-out 3 alternate}
@keyframes tt-flash{to{outline-offset:6px}}
@media (prefers-reduced-motion:reduce){.flash{animation:none}}
.review{margin-inline-start:6px;font-size:12px;color:var(--tt-muted)}
.chip.cleared{color:var(--tt-muted);background:var(--tt-bg);border-style:dashed;font-weight:500}
.btn.quiet{border-color:transparent;color:var(--tt-muted);font-weight:500}
.dialog{display:flex;flex-direction:column;width:100%;background:var(--tt-bg);color:var(--tt-fg);border:1px solid var(--tt-line);border-radius:8px;box-shadow:0 4px 24px rgba(0,0,0,.28);overflow:hidden}
.head{display:flex;align-items:flex-start;gap:8px;padding:12px 16px;border-block-end:1px solid var(--tt-line)}
.head h2{flex:1;margin:0;font-size:16px;line-height:1.35;font-weight:600}
.head .sub{display:block;font-size:13px;font-weight:400;color:var(--tt-muted)}
.close{background:none;border:1px solid transparent;border-radius:4px;padding:2px 8px;font-size:18px;line-height:1.2}
.close:hover{border-color:var(--tt-line)}
.body{overflow:auto;padding:4px 16px 16px;overscroll-behavior:contain}
h3{font-size:14px;font-weight:600;margin:16px 0 6px;text-transform:none}
h4{font-size:14px;font-weight:600;margin:0 0 4px}
p{margin:4px 0}
ul{margin:4px 0;padding-inline-start:20px}
.note{font-size:13px;color:var(--tt-muted);margin:8px 0}
.next{border-block-end:1px solid var(--tt-line);padding-block:8px 10px;margin-block-end:4px}
.next .lead{font-size:15px}
.todo{list-style:none;padding:0;margin:8px 0;display:grid;gap:6px}
.steps{margin:4px 0;padding-inline-start:22px}
.steps li{margin:4px 0}
.cat{font-size:12px;color:var(--tt-muted);margin:0 0 2px}
.score{margin:12px 0 4px;font-size:13px}
.score summary{cursor:pointer;color:var(--tt-muted)}
.score summary:focus-visible{outline:2px solid var(--tt-accent);outline-offset:2px}
.finding,.missing{background:var(--tt-section-bg);border-radius:6px;padding:8px 10px;margin:6px 0}
.finding:focus{outline:2px solid var(--tt-accent);outline-offset:1px}
.sev{display:inline-block;font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.03em;border-radius:4px;padding:0 6px;margin-inline-end:6px;border:1px solid currentColor}
dl{margin:4px 0}
dt{font-size:12px;font-weight:600;color:var(--tt-muted);margin-top:6px}
dd{margin:0}
.evidence{white-space:pre-wrap;overflow-wrap:anywhere}
.btn{border:1px solid var(--tt-accent);color:var(--tt-accent);background:transparent;border-radius:16px;padding:3px 12px;font-weight:600;font-size:13px}
.btn.primary{background:var(--tt-accent);color:var(--tt-accent-fg)}
.btn:disabled{opacity:.6;cursor:default}
.actions{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin-top:8px}
fieldset{border:1px solid var(--tt-line);border-radius:6px;margin:8px 0;padding:6px 10px 10px}
legend{font-weight:600;padding:0 4px}
label{display:inline-flex;align-items:center;gap:4px;margin-inline-end:12px;cursor:pointer}
input{margin:0;accent-color:var(--tt-accent)}
`;

/** Everything of every host. */
export const CSS = /* @__PURE__ */ (() => PILL_CSS + REST_CSS)();
