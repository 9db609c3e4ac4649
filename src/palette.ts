// Telltale's colours: the foreground/background pairs of each theme, checked for at least 4.5:1
// contrast (tests/ui/contrast.test.ts). A base module, so the extension's UI (src/ui) and the team
// hub's dashboard (hub/dashboard, which may not import src/ui) draw from one palette.

/** Foreground/background pairs of each theme; the names are the CSS custom properties. */
export const PALETTE = {
  light: {
    fg: '#1d2226',
    bg: '#ffffff',
    muted: '#56687a',
    line: '#8c99a6',
    accent: '#0a66c2',
    'accent-fg': '#ffffff',
    'high-fg': '#8a1212',
    'high-bg': '#fde8e8',
    'medium-fg': '#6b4a00',
    'medium-bg': '#fff1c9',
    'low-fg': '#1e5b2f',
    'low-bg': '#e3f2e7',
    'none-fg': '#33404c',
    'none-bg': '#eef0f3',
    'section-bg': '#f4f6f8',
  },
  dark: {
    fg: '#e8eaed',
    bg: '#1d2226',
    muted: '#b0b8c1',
    line: '#6b7680',
    accent: '#71b7fb',
    'accent-fg': '#10151a',
    'high-fg': '#ffc2c2',
    'high-bg': '#4d1b1b',
    'medium-fg': '#ffd97a',
    'medium-bg': '#3f3110',
    'low-fg': '#a8e2b7',
    'low-bg': '#173821',
    'none-fg': '#dfe3e7',
    'none-bg': '#33393f',
    'section-bg': '#262c31',
  },
} as const;

/** A theme's pairs as CSS custom properties ("--tt-fg:#1d2226;…"), for a :root or :host rule. */
export const paletteVars = (theme: Record<string, string>): string =>
  Object.entries(theme)
    .map(([k, v]) => `--tt-${k}:${v}`)
    .join(';');
