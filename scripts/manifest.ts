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

/** The page that shows the active tab's findings beside the page (Chrome's side panel, Firefox's sidebar). */
export const SIDE_PANEL_PAGE = 'sidepanel.html';
/** Chrome: the worker opens the side panel on this command (`_execute_action` opens the popup, never a side panel). */
export const OPEN_SIDE_PANEL_COMMAND = 'open-side-panel';
/** The side panel's shortcut, the same in both browsers; the user can change it (chrome://extensions/shortcuts, about:addons). */
export const SIDE_PANEL_KEY = 'Alt+Shift+Y';
const SIDE_PANEL_DESCRIPTION = 'Open the Telltale side panel';

export function browserManifest(source: Record<string, unknown>, target: Browser, options: ManifestOptions = {}): Record<string, unknown> {
  const manifest: Record<string, unknown> = structuredClone(source);
  const permissions = manifest.permissions as string[];
  if (target === 'chrome') {
    manifest.side_panel = { default_path: SIDE_PANEL_PAGE };
    permissions.push('sidePanel');
    manifest.commands = { [OPEN_SIDE_PANEL_COMMAND]: { suggested_key: { default: SIDE_PANEL_KEY }, description: SIDE_PANEL_DESCRIPTION } };
    manifest.background = { service_worker: 'background.js' };
    // storage.session and MV3 service-worker behaviour this code relies on.
    manifest.minimum_chrome_version = '120';
    if (options.managedSchema) manifest.storage = { managed_schema: MANAGED_SCHEMA_FILE };
  } else {
    // Firefox has no managed_schema key: it reads managed storage from enterprise policies
    // (policies.json "3rdparty" → "Extensions" → the add-on id) or a managed-storage manifest.
    manifest.background = { scripts: ['background.js'] };
    // open_at_install false: the welcome page lets the user choose where findings show.
    manifest.sidebar_action = { default_panel: SIDE_PANEL_PAGE, default_title: 'Telltale', default_icon: (source.action as { default_icon: unknown }).default_icon, open_at_install: false };
    manifest.commands = { _execute_sidebar_action: { suggested_key: { default: SIDE_PANEL_KEY }, description: SIDE_PANEL_DESCRIPTION } };
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
