// The CSS of the extension's own full pages (welcome, side panel): the in-page UI's palette and
// type (styles.ts), light and dark through prefers-color-scheme, for a document rather than a shadow root.
import { PALETTE } from './styles.ts';

const vars = (p: Record<string, string>) =>
  Object.entries(p)
    .map(([k, v]) => `--tt-${k}:${v}`)
    .join(';');

export const PAGE_CSS = `
:root{${vars(PALETTE.light)};color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{${vars(PALETTE.dark)}}}
*{box-sizing:border-box}
body{margin:0;background:var(--tt-bg);color:var(--tt-fg);font:400 14px/1.5 -apple-system,system-ui,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:44rem;margin:0 auto;padding:16px 20px 32px}
h1{font-size:22px;line-height:1.3;font-weight:600;margin:8px 0 4px}
h2{font-size:16px;font-weight:600;margin:24px 0 6px}
p{margin:6px 0}
ul{margin:6px 0;padding-inline-start:20px}
a{color:var(--tt-accent)}
.muted{color:var(--tt-muted)}
.card{background:var(--tt-section-bg);border-radius:8px;padding:10px 14px;margin:10px 0}
code,kbd{font:600 13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--tt-none-bg);color:var(--tt-none-fg);border-radius:4px;padding:1px 5px}
button{font:inherit;cursor:pointer}
.btn{border:1px solid var(--tt-accent);color:var(--tt-accent);background:transparent;border-radius:16px;padding:4px 14px;font-weight:600;font-size:13px}
.btn.primary{background:var(--tt-accent);color:var(--tt-accent-fg)}
button:focus-visible,a:focus-visible,input:focus-visible{outline:2px solid var(--tt-accent);outline-offset:2px}
fieldset{border:1px solid var(--tt-line);border-radius:8px;margin:10px 0;padding:8px 14px 12px}
legend{font-weight:600;padding:0 4px}
.choice{display:flex;gap:8px;align-items:flex-start;margin:8px 0;cursor:pointer}
.choice input{margin-top:4px;accent-color:var(--tt-accent)}
.status{min-height:1.5em;color:var(--tt-muted);font-size:13px}
`;
