// Each browser's manifest, written from the one source manifest.json.
export type Browser = 'chrome' | 'firefox';

export const GECKO_ID = 'telltale@telltale-extension.org';

/** The schema of the settings a team can fix through managed storage (Chrome reads it from the package). */
export const MANAGED_SCHEMA_FILE = 'managed_schema.json';

export interface ManifestOptions {
  /**
   * Declare `storage.managed_schema` (Chrome). Only when the build copies MANAGED_SCHEMA_FILE into
   * the package: Chrome refuses to load an extension whose declared schema file is missing.
   */
  managedSchema?: boolean;
}

export function browserManifest(source: Record<string, unknown>, target: Browser, options: ManifestOptions = {}): Record<string, unknown> {
  const manifest: Record<string, unknown> = structuredClone(source);
  if (target === 'chrome') {
    manifest.background = { service_worker: 'background.js' };
    // storage.session and MV3 service-worker behaviour this code relies on.
    manifest.minimum_chrome_version = '120';
    if (options.managedSchema) manifest.storage = { managed_schema: MANAGED_SCHEMA_FILE };
  } else {
    // Firefox has no managed_schema key: it reads managed storage from enterprise policies
    // (policies.json "3rdparty" → "Extensions" → the add-on id) or a managed-storage manifest.
    manifest.background = { scripts: ['background.js'] };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // 140: first release that understands data_collection_permissions.
        strict_min_version: '140.0',
        data_collection_permissions: {
          // Nothing is transmitted for the extension to work. A report the user chooses to send
          // (email, webhook) carries the profile's name and page content: opt-in, per report.
          required: ['none'],
          optional: ['personallyIdentifyingInfo', 'websiteContent'],
        },
      },
      // Firefox for Android understands data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}
