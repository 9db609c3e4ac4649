// Vite builds the extension in passes (scripts/build.ts drives them):
// - the extension pages (popup, options, report, compare, welcome, side panel) as ordinary ES-module pages: this default config;
// - the two content scripts (early.js, declared at document_start; content.js, run by the worker
//   at the page's load event, and structure.js on request) and the
//   background worker, each as ONE self-contained IIFE file:
//   classic content scripts cannot load modules, and a classic worker file serves both Chrome's
//   `service_worker` and Firefox's `background.scripts`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type InlineConfig, type Plugin } from 'vite';
import { noDynamicCode } from './scripts/no-dynamic-code.ts';

const root = import.meta.dirname;
export const stageDir = resolve(root, 'dist/.stage');

/**
 * Preact keeps one path to `innerHTML`, for `dangerouslySetInnerHTML`, which Telltale never uses
 * (ESLint forbids it: profile text is always rendered as text). This turns that path into a text
 * assignment at build time, so no bundle can write HTML from a string at all, and Firefox's
 * add-on linter has no unsafe assignment to report.
 */
export function textOnlyDom(): Plugin {
  return {
    name: 'telltale:text-only-dom',
    renderChunk(code) {
      const rewritten = code.replace(/\.innerHTML\s*=(?!=)/g, '.textContent=');
      return rewritten === code ? null : { code: rewritten, map: null };
    },
  };
}

const shared = {
  configFile: false,
  root,
  logLevel: 'warn',
  publicDir: false,
  plugins: [textOnlyDom()],
  // Preact's automatic JSX runtime for every .tsx file, pages and content script alike, stated here
  // rather than left to tsconfig discovery (which Vite does per file, from the file's directory).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { target: ['chrome120', 'firefox128'], minify: true, sourcemap: false, reportCompressedSize: false },
} satisfies InlineConfig;

export function pagesConfig(): InlineConfig {
  return {
    ...shared,
    root: resolve(root, 'extension'),
    base: './',
    plugins: [...shared.plugins, noDynamicCode()],
    // The compare page's reading worker is a module worker: it loads pdf.js as a chunk of its own.
    worker: { format: 'es', plugins: () => [textOnlyDom(), noDynamicCode()] },
    build: {
      ...shared.build,
      outDir: stageDir,
      emptyOutDir: true,
      modulePreload: false,
      rollupOptions: {
        input: {
          popup: resolve(root, 'extension/popup.html'),
          options: resolve(root, 'extension/options.html'),
          // The report form for a profile open in a tab, opened from the in-page panel.
          report: resolve(root, 'extension/report.html'),
          compare: resolve(root, 'extension/compare/compare.html'),
          // Opened once, on install: what Telltale checks and where its findings show.
          welcome: resolve(root, 'extension/welcome.html'),
          // The active tab's findings beside the page (Chrome side panel, Firefox sidebar).
          sidepanel: resolve(root, 'extension/sidepanel.html'),
          // "See an example" on the welcome page: the invented demo person with the real badges and panel.
          example: resolve(root, 'extension/example.html'),
        },
      },
    },
  };
}

/** The early pill's two texts in every language (src/page/early-words.ts), keyed by _locales folder name. */
function earlyWordsTable(): Record<string, { reading: string; gaveUp: string }> {
  const dir = resolve(root, '_locales');
  const out: Record<string, { reading: string; gaveUp: string }> = {};
  for (const lang of readdirSync(dir)) {
    const file = resolve(dir, lang, 'messages.json');
    if (!existsSync(file)) continue;
    const m = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string } | undefined>;
    if (m.early_reading && m.early_gave_up) out[lang] = { reading: m.early_reading.message, gaveUp: m.early_gave_up.message };
  }
  if (!out.en) throw new Error('_locales/en/messages.json has no early_reading / early_gave_up');
  return out;
}

export function scriptConfig(name: 'early' | 'content' | 'structure' | 'background'): InlineConfig {
  return {
    ...shared,
    ...(name === 'early' ? { define: { __TELLTALE_EARLY_WORDS__: JSON.stringify(earlyWordsTable()) } } : {}),
    build: {
      ...shared.build,
      outDir: stageDir,
      emptyOutDir: false,
      copyPublicDir: false,
      lib: {
        entry: resolve(root, `extension/${name}.ts`),
        formats: ['iife'],
        name: `telltale_${name}`,
        fileName: () => `${name}.js`,
      },
    },
  };
}

export default defineConfig(pagesConfig());
