// The CSS of the extension's own full pages (welcome, side panel, toolbar popup, options): the
// in-page UI's palette and type (styles.ts), light and dark through prefers-color-scheme, for a
// document rather than a shadow root. Level chips, severity tags, buttons and focus rings look as
// they do in the panel; every colour is a PALETTE pair checked for contrast (tests/ui/contrast.test.ts).
import { PALETTE, paletteVars as vars } from '../palette.ts';

export const PAGE_CSS = `
:root{${vars(PALETTE.light)};color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{${vars(PALETTE.dark)}}}
*{box-sizing:border-box}
body{margin:0;background:var(--tt-bg);color:var(--tt-fg);font:400 14px/1.5 -apple-system,system-ui,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:44rem;margin:0 auto;padding:16px 20px 32px}
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
.btn{border:1px solid var(--tt-accent);color:var(--tt-accent);background:transparent;border-radius:16px;padding:4px 14px;font-weight:600;font-size:13px;line-height:20px}
.btn.primary{background:var(--tt-accent);color:var(--tt-accent-fg)}
.btn.quiet{border-color:transparent;color:var(--tt-muted);font-weight:500}
.btn:disabled{opacity:.6;cursor:default}
.btn+.btn{margin-inline-start:8px}
.actions{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:10px 0}
.actions .btn+.btn{margin-inline-start:0}
button:focus-visible,a:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,summary:focus-visible{outline:2px solid var(--tt-accent);outline-offset:2px}
input:not([type=checkbox]):not([type=radio]):not([type=file]),select,textarea{font:inherit;color:var(--tt-fg);background:var(--tt-bg);border:1px solid var(--tt-line);border-radius:6px;padding:4px 8px}
input[type=checkbox],input[type=radio]{accent-color:var(--tt-accent)}
input:disabled,select:disabled,textarea:disabled{opacity:.7}
fieldset{border:1px solid var(--tt-line);border-radius:8px;margin:10px 0;padding:8px 14px 12px}
legend{font-weight:600;padding:0 4px}
summary{cursor:pointer}
.choice{display:flex;gap:8px;align-items:flex-start;margin:8px 0;cursor:pointer}
.choice input{margin-top:4px;accent-color:var(--tt-accent)}
.status{min-height:1.5em;color:var(--tt-muted);font-size:13px}
.status.error{color:var(--tt-high-fg)}
.chip{display:inline-flex;align-items:center;gap:6px;border:1px solid currentColor;border-radius:12px;padding:1px 10px;font-size:12px;font-weight:600;line-height:20px}
.chip .mark{font-size:11px;line-height:1}
.high,.alert{color:var(--tt-high-fg);background:var(--tt-high-bg)}
.medium,.warn{color:var(--tt-medium-fg);background:var(--tt-medium-bg)}
.low{color:var(--tt-low-fg);background:var(--tt-low-bg)}
.info,.unreadable{color:var(--tt-none-fg);background:var(--tt-none-bg)}
.chip.cleared{color:var(--tt-muted);background:var(--tt-bg);border-style:dashed;font-weight:500}
.sev{display:inline-block;font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.03em;border-radius:4px;padding:0 6px;margin-inline-end:6px;border:1px solid currentColor}
`;

/** The report form (src/ui/ReportForm.tsx), in the popup and on the report page. */
export const REPORT_FORM_CSS = `
.tt-report h2{margin-top:12px}
.tt-report fieldset label{display:flex;gap:6px;align-items:flex-start;margin:4px 0}
.tt-report fieldset input{margin-top:3px}
.tt-report label:has(textarea){display:block}
.tt-report textarea{display:block;width:100%;margin-top:4px}
.tt-report>div{display:flex;flex-wrap:wrap;gap:8px;margin-top:10px}
.tt-report>div .btn+.btn{margin-inline-start:0}
.tt-report .warn{border-radius:6px;padding:4px 8px}
.tt-report .failed{font-weight:600}
[role=alert]{color:var(--tt-high-fg)}
`;

/** The report page (report.html): the report form for a profile open in a tab. */
export const REPORT_PAGE_CSS = `
main{max-width:40rem}
main>h1:first-child{font-size:13px;color:var(--tt-muted);margin:4px 0 8px}
${REPORT_FORM_CSS}`;

/** The compare page (compare.html): the application dropped or pasted, read, and its disagreements with the profile. */
export const COMPARE_CSS = `
main{max-width:56rem}
section{margin-bottom:20px}
textarea{display:block;width:100%;min-height:9rem;margin:4px 0 8px}
.drop{border:2px dashed var(--tt-line);border-radius:8px;padding:16px;text-align:center;background:var(--tt-section-bg)}
.drop.over{border-color:var(--tt-accent)}
.error{color:var(--tt-high-fg);font-weight:600}
.finding{border-inline-start:4px solid var(--tt-line);background:var(--tt-section-bg);border-radius:0 6px 6px 0;padding:4px 12px;margin:8px 0}
.finding.alert{border-color:var(--tt-high-fg)}
.finding.warn{border-color:var(--tt-medium-fg)}
dl.app{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px}
dl.app dt{font-weight:600}
dl.app dd{margin:0;overflow-wrap:anywhere}
`;

/** The toolbar popup: narrow, the current profile first, then lists of profiles and reports. */
export const POPUP_CSS = `
body{width:380px}
main{max-width:none;padding:12px 14px 14px}
h1{font-size:18px;margin:2px 0 6px}
h2{font-size:14px;margin:16px 0 4px}
.brand{font-size:12px;font-weight:600;color:var(--tt-muted);margin:0;letter-spacing:.02em}
.level{display:flex;flex-wrap:wrap;gap:6px 8px;align-items:center;margin:4px 0 8px}
.findings,.list{list-style:none;padding:0;margin:6px 0;display:grid;gap:6px}
.findings li{background:var(--tt-section-bg);border-radius:6px;padding:6px 8px;overflow-wrap:anywhere}
.findings summary{list-style-position:outside;margin-inline-start:14px}
.findings details>p{margin:4px 0 0}
.list li{border-top:1px solid var(--tt-line);padding-top:6px;overflow-wrap:anywhere}
.list li:first-child{border-top:0;padding-top:0}
.list .actions{margin:6px 0 0}
.note{font-size:12px;color:var(--tt-muted)}
${REPORT_FORM_CSS}footer{border-top:1px solid var(--tt-line);margin-top:14px;padding-top:8px;font-size:13px}
`;

/** The options page: one card per subject, each control's status beside it. */
export const OPTIONS_CSS = `
main{max-width:46rem}
.card>h2:first-child{margin-top:4px}
.field{display:flex;flex-wrap:wrap;gap:6px 10px;align-items:center;margin:10px 0}
.field>label{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.field>label.check{flex-wrap:nowrap;align-items:flex-start}
.check input{margin-top:4px;flex:none}
.stack{display:grid;gap:4px;margin:10px 0}
.stack input:not([type=checkbox]),.stack select{width:100%;max-width:32rem}
.hint{font-size:13px;color:var(--tt-muted);margin:2px 0 6px}
.locked{font-size:13px;color:var(--tt-muted)}
.signals{list-style:none;padding:0;margin:8px 0;columns:2 16rem}
.signals li{break-inside:avoid;margin:2px 0}
.destinations label{display:flex;gap:6px;align-items:center;margin:4px 0}
details.advanced{margin:10px 0;font-size:13px}
details.advanced>summary{font-weight:600;color:var(--tt-muted)}
details.advanced ul{margin:6px 0}
.privacy table{border-collapse:collapse;margin:8px 0}
.privacy th,.privacy td{border:1px solid var(--tt-line);padding:4px 8px;vertical-align:top;text-align:start}
`;
