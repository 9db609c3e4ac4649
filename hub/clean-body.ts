// Every JSON body, before its route sees it: PostgreSQL refuses a NUL character and a lone UTF-16
// surrogate in text and jsonb (the request would fail with a 500), so each becomes U+FFFD, in
// values and keys alike; and a body nested deeper than any Telltale sends is refused, before a
// validator or the database recurses into it. Iterative: no depth can overflow the stack here.

/** Deeper than any body Telltale sends (a report bundle nests about 8 levels). */
export const MAX_DEPTH = 64;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const clean = (s: string): string => {
  const text = s.includes('\u0000') ? s.replaceAll('\u0000', '\uFFFD') : s;
  return (text as string & { isWellFormed(): boolean; toWellFormed(): string }).isWellFormed() ? text : (text as string & { toWellFormed(): string }).toWellFormed();
};

/** The body with its text made storable, or null when it is nested deeper than MAX_DEPTH. */
export function cleanBody(body: unknown): unknown | null {
  if (typeof body === 'string') return clean(body);
  if (typeof body !== 'object' || body === null) return body;
  const root: { value: Json } = { value: null };
  const stack: { from: unknown; put: (v: Json) => void; depth: number }[] = [{ from: body, put: (v) => (root.value = v), depth: 1 }];
  while (stack.length > 0) {
    const { from, put, depth } = stack.pop()!;
    if (typeof from === 'string') put(clean(from));
    else if (typeof from !== 'object' || from === null) put(from as Json);
    else {
      if (depth > MAX_DEPTH) return null;
      if (Array.isArray(from)) {
        const out: Json[] = new Array<Json>(from.length).fill(null);
        put(out);
        from.forEach((item, i) => stack.push({ from: item, put: (v) => (out[i] = v), depth: depth + 1 }));
      } else {
        const out: Record<string, Json> = {};
        put(out);
        for (const [k, item] of Object.entries(from)) {
          const key = clean(k);
          stack.push({ from: item, put: (v) => Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true }), depth: depth + 1 });
        }
      }
    }
  }
  return root.value;
}
