// The managed-storage schema a team's policy is checked against stays in step with the settings
// the worker lets a policy fix, and accepts what the docs say it accepts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { browserManifest, MANAGED_SCHEMA_FILE } from '../../scripts/manifest.ts';
import { DESTINATIONS, effectiveSettings, MANAGED_SETTINGS, MANAGED_TEAM_CODE } from '../../src/settings.ts';

const root = resolve(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(resolve(root, MANAGED_SCHEMA_FILE), 'utf8')) as { properties: Record<string, { items?: { enum: string[] } }> };
const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe('managed_schema.json', () => {
  it('names exactly the settings a policy may fix, and the team hub enrolment code', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...MANAGED_SETTINGS, MANAGED_TEAM_CODE].sort());
    expect(schema.properties.reportDestinations?.items?.enum).toEqual([...DESTINATIONS]);
  });

  it('accepts a team policy that the worker then locks, and rejects a malformed one', () => {
    const validate = new Ajv().compile(schema);
    const policy = { webhookUrl: 'https://hooks.example.com/telltale', webhookFormat: 'slack', retentionDays: 30, reportDestinations: ['webhook', 'download'] };
    expect(validate(policy)).toBe(true);
    expect(effectiveSettings({}, policy).locked.sort()).toEqual(['reportDestinations', 'retentionDays', 'webhookFormat', 'webhookUrl']);
    expect(validate({ retentionDays: 0 })).toBe(false);
    expect(validate({ reportDestinations: ['fax'] })).toBe(false);
  });

  it('is declared to Chrome only when the build ships it', () => {
    expect(browserManifest(manifest, 'chrome').storage).toBeUndefined();
    expect(browserManifest(manifest, 'chrome', { managedSchema: true }).storage).toEqual({ managed_schema: MANAGED_SCHEMA_FILE });
    expect(browserManifest(manifest, 'firefox', { managedSchema: true }).storage).toBeUndefined();
  });
});

// The manifest's permissions themselves are held in tests/build/manifest.test.ts.

describe('webhook host permission', () => {
  it('asks for scheme and host without a port, inside the declared optional patterns', async () => {
    const { webhookOriginPattern } = await import('../../src/settings.ts');
    expect(webhookOriginPattern('http://127.0.0.1:8123/hook')).toBe('http://127.0.0.1/*');
    expect(webhookOriginPattern('https://hooks.example.com:8443/x?y=1')).toBe('https://hooks.example.com/*');
  });
});
