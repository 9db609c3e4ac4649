// The build's rewrite of string-to-code paths in the compare page's chunks and the pdf.js worker:
// `Function(…)` and a computed `import(…)` throw outright; ordinary calls and chunk imports stay.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { withoutDynamicCode } from '../../scripts/no-dynamic-code.ts';

describe('withoutDynamicCode', () => {
  it('makes Function(…) and new Function(…) throw, and leaves look-alikes alone', () => {
    const out = withoutDynamicCode('try{return Function(``),!0}catch{return!1};new Function("a","b",c);x.Function(1);myFunction(2);typeof Function');
    expect(out).not.toMatch(/(?<![\w$.])(new\s+)?Function\s*\(/);
    expect(out).toContain('x.Function(1)');
    expect(out).toContain('myFunction(2)');
    expect(out).toContain('typeof Function');
    expect(() => runInNewContext(withoutDynamicCode('Function("return 1")()'))).toThrow('Telltale runs no code built from strings');
  });

  it('refuses a computed import and keeps a chunk import', async () => {
    const out = withoutDynamicCode('await import(this.workerSrc);import("./pdf-abc.js");import(`./x.js`)');
    expect(out).toContain('import("./pdf-abc.js")');
    expect(out).toContain('import(`./x.js`)');
    expect(out).not.toContain('import(this.workerSrc)');
    const refuse = runInNewContext(withoutDynamicCode('const u = "x"; import(u)')) as Promise<unknown>;
    await expect(refuse).rejects.toThrow('imports no computed module');
  });
});
