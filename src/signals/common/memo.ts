// A bounded memo for pure functions of one string. Scoring must reach ≥ 10,000 snapshots/s on one
// core; the same dates, names and locations recur across every signal of a run, and folding or
// parsing them again each time is most of the cost.
export function memoizeString<R>(fn: (key: string) => R, limit = 2048): (key: string) => R {
  const cache = new Map<string, R>();
  return (key: string) => {
    const known = cache.get(key);
    if (known !== undefined || cache.has(key)) return known as R;
    const value = fn(key);
    if (cache.size >= limit) cache.delete(cache.keys().next().value!);
    cache.set(key, value);
    return value;
  };
}
