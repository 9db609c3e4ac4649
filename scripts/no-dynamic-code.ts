// pdf.js and mammoth's helpers (underscore, a setImmediate shim) carry code paths that build code
// from strings (`Function(…)`) or import a computed URL (pdf.js's fallback "fake worker", its
// JPEG 2000 wasm fallback). In an extension page none of them can run: the page's CSP has no
// 'unsafe-eval', pdf.js is told `isEvalSupported: false`, and its real worker is the packaged file.
// This makes them throw outright at build time, so no bundle holds a string-to-code path at all and
// Firefox's add-on linter has nothing of the kind to report. Used for the compare page's chunks and
// the copied pdf.js worker file.
import type { Plugin } from 'vite';

const NO_EVAL = '(()=>{throw new EvalError("Telltale runs no code built from strings")})';
const NO_IMPORT = '((u)=>Promise.reject(new Error("Telltale imports no computed module: "+u)))';

export function withoutDynamicCode(code: string): string {
  return (
    code
      // `new Function(…)` and `Function(…)`, not `someFunction(` or `.Function(`.
      .replace(/(?<![\w$.])(?:new\s+)?Function\s*\(/g, `${NO_EVAL}(`)
      // `import(x)` with a computed argument; `import("./chunk.js")` (a string) stays.
      .replace(/(?<![\w$.])import\s*\((?=\s*[^\s"'`)])/g, `${NO_IMPORT}(`)
  );
}

export function noDynamicCode(): Plugin {
  return {
    name: 'telltale:no-dynamic-code',
    renderChunk(code) {
      const rewritten = withoutDynamicCode(code);
      return rewritten === code ? null : { code: rewritten, map: null };
    },
  };
}
