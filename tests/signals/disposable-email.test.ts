// The disposable-domain list: the lookup, the packaged file the worker reads (the same list as the
// npm package), and the signal when the list is there, could not be loaded, or is not needed.
import { describe, expect, it } from 'vitest';
import disposableEmail from '../../src/signals/disposable-email.ts';
import {
  disposableDomainOf,
  disposableDomainsText,
  needsDisposableDomains,
  parseDisposableDomains,
} from '../../src/signals/common/disposable-domains.ts';
import { packageDisposableDomains, packageDisposableDomainsText } from '../../src/signals/common/disposable-domains-package.ts';
import { context, snapshot } from '../scenarios/builder.ts';
import { prng } from '../support/prng.ts';
import exactDomains from 'disposable-email-domains/index.json' with { type: 'json' };
import wildcardParents from 'disposable-email-domains/wildcard.json' with { type: 'json' };

const list = packageDisposableDomains();
const withEmails = (...emails: string[]) => snapshot({ contact: { phones: [], emails, websites: [] } });

describe('disposable-domain lookup', () => {
  it('uses the maintained list, including subdomains of wildcard entries', () => {
    expect(disposableDomainOf('a@mailinator.com', list)).toBe('mailinator.com');
    expect(disposableDomainOf('a@Mailinator.COM.', list)).toBe('mailinator.com');
    expect(disposableDomainOf('a@gmail.com', list)).toBeNull();
    expect(disposableDomainOf('a@proton.me', list)).toBeNull();
    expect(disposableDomainOf('a@x.33m.co', list)).toBe('33m.co');
  });

  it('a wildcard-only parent marks its subdomains, not itself', () => {
    const only = parseDisposableDomains(disposableDomainsText(['example-exact.test'], ['example-wild.test']));
    expect(disposableDomainOf('a@example-wild.test', only)).toBeNull();
    expect(disposableDomainOf('a@mx.example-wild.test', only)).toBe('example-wild.test');
    expect(disposableDomainOf('a@mx.example-exact.test', only)).toBe('example-exact.test');
  });
});

describe('the packaged file', () => {
  const text = packageDisposableDomainsText();

  it('is sorted with no duplicates, as the search needs', () => {
    const lines = text.split('\n').slice(0, -1);
    expect(lines.length).toBeGreaterThan(100_000);
    expect(lines.every((line, i) => i === 0 || lines[i - 1]! < line)).toBe(true);
  });

  it('finds every domain and wildcard parent of the npm package, and nothing else', () => {
    const read = parseDisposableDomains(text);
    const missed = [...exactDomains, ...wildcardParents.map((p) => `*.${p}`)].filter((entry) => !read.has(entry));
    expect(missed).toEqual([]);
    // Before the first line, after the last, between two, a prefix of one, a wildcard written plain.
    for (const absent of ['', '*', '*.', '0', 'zzzzzzzzzz.zz', 'gmail.com', 'proton.me', 'mailinator.co', '33m.c']) {
      expect(read.has(absent), absent).toBe(false);
    }
  });

  it('answers as a Set would for near misses: entries with one character changed, cut or added', () => {
    const read = parseDisposableDomains(text);
    const entries = [...exactDomains, ...wildcardParents.map((p) => `*.${p}`)];
    const reference = new Set(entries);
    const random = prng(20260101);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    for (let i = 0; i < 5_000; i++) {
      const entry = pick(entries);
      const at = Math.floor(random() * (entry.length + 1));
      const char = pick([...'abcxyz019-.*é']);
      const key = pick([
        entry.slice(0, at) + char + entry.slice(at + 1),
        entry.slice(0, at) + entry.slice(at + 1),
        entry.slice(0, at) + char + entry.slice(at),
      ]);
      expect(read.has(key), key).toBe(reference.has(key));
    }
  });

  it('an empty file is an error, not a list that passes every address', () => {
    expect(() => parseDisposableDomains('')).toThrow(/empty/);
    expect(() => parseDisposableDomains('\n\n')).toThrow(/empty/);
    expect(() => parseDisposableDomains('a.test\nb.te')).toThrow(/cut short/);
  });
});

describe('disposable-email signal', () => {
  it('fires on a throwaway address with the list', () => {
    const r = disposableEmail.run(withEmails('anna@gmail.com', 'anna@mailinator.com'), context());
    expect(r.findings.map((f) => [f.id, f.refs])).toEqual([['disposable-email:1', ['contact:email:1']]]);
    expect(r.notChecked).toBeUndefined();
  });

  it.each([
    ['null (the load failed)', null],
    ['absent', undefined],
  ])('without the list (%s), an email is not checked, never passed as clean', (_what, disposableDomains) => {
    const r = disposableEmail.run(withEmails('anna@mailinator.com'), context({ disposableDomains }));
    expect(r.findings).toEqual([]);
    expect(r.notChecked).toMatchObject({ signal: 'disposable-email', reason: 'the disposable-domain list could not be loaded' });
  });

  it('no email: nothing to check, and nothing needs the list', () => {
    const s = withEmails();
    expect(needsDisposableDomains(s)).toBe(false);
    expect(disposableEmail.run(s, context({ disposableDomains: null }))).toEqual({ findings: [] });
    expect(needsDisposableDomains(withEmails('anna@gmail.com'))).toBe(true);
    expect(needsDisposableDomains(snapshot({ contact: null }))).toBe(false);
  });
});
