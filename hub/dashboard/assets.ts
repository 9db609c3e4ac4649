// The dashboard's page, script and stylesheet. The script (Preact, hub/dashboard/client/) is bundled
// once per process when the hub starts, with esbuild (the bundler tsx runs on, so nothing new is
// installed: see README "Team hub"), and kept in memory. Script and stylesheet are named by a hash
// of their content and cached for a year (immutable); the page names them and is never cached.
// The page has no inline script or style: the CSP admits only the hub's own files.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { DASHBOARD_CSS } from './styles.ts';

export interface Asset {
  name: string;
  type: string;
  body: Buffer;
}

export interface DashboardAssets {
  html: string;
  files: Map<string, Asset>;
}

export const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

const named = (stem: string, ext: string, type: string, body: Buffer): Asset => ({
  name: `${stem}-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.${ext}`,
  type,
  body,
});

async function bundleClient(): Promise<Buffer> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./client/main.tsx', import.meta.url))],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild produced no dashboard script');
  return Buffer.from(out.contents);
}

let pending: Promise<DashboardAssets> | null = null;

/** Builds the assets once per process (every hub built in it, tests included, shares them). */
export function dashboardAssets(): Promise<DashboardAssets> {
  pending ??= (async () => {
    const js = named('app', 'js', 'text/javascript; charset=utf-8', await bundleClient());
    const css = named('app', 'css', 'text/css; charset=utf-8', Buffer.from(DASHBOARD_CSS, 'utf8'));
    const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>Telltale team hub</title>
<link rel="stylesheet" href="/dashboard/assets/${css.name}">
<script type="module" src="/dashboard/assets/${js.name}"></script>
</head>
<body>
<div id="app"><noscript><main><h1>Telltale team hub</h1><p>The dashboard needs JavaScript.</p></main></noscript></div>
</body>
</html>
`;
    return { html, files: new Map([js, css].map((a) => [a.name, a])) };
  })();
  pending.catch(() => {
    pending = null;
  });
  return pending;
}
