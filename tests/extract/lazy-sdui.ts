// The 2026 page as it is served before the user scrolls: Experience and Education are empty
// skeletons that fill in later. Made from the committed fixture fixtures/sdui-2026/lena-okafor.html
// by holding back what its <!-- lazy:part --> comments mark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './pages.ts';

export const LAZY_SDUI_URL = 'https://www.linkedin.com/in/lena-okafor-example/';
const SKELETON = '<div data-display-contents="true"><div><section><div><div></div><div></div></div><div><div></div><div><div></div><div></div><div></div></div></div></section></div></div>';
const LAZY = /<!-- lazy:(\w+) -->([\s\S]*?)<!-- \/lazy:\1 -->/g;

export function lazySduiParts(): { html: string; parts: Record<string, string> } {
  const full = readFileSync(join(FIXTURES, 'sdui-2026/lena-okafor.html'), 'utf8');
  const parts: Record<string, string> = {};
  const html = full.replace(LAZY, (_m, part: string, content: string) => {
    parts[part] = content;
    return `<!-- lazy:${part} -->${SKELETON}<!-- /lazy:${part} -->`;
  });
  return { html, parts };
}

/**
 * The served page: skeletons, and a page script that renders the held-back parts into their
 * placeholders when the page gets a "lazy-render" event: what LinkedIn does when the user scrolls
 * to them (a named event, so that a test's own scrolling, to click the pill, does not fire it).
 */
export function lazySduiPage(): string {
  const { html, parts } = lazySduiParts();
  const script = `<script>
    window.addEventListener('lazy-render', () => {
      const parts = ${JSON.stringify(parts).replace(/</g, '\\u003c')};
      const slots = { experience: 'profileCardsExperienceOnlylena-okafor-example', education: 'profileCardsBelowActivityPart1WithoutExplena-okafor-example' };
      for (const [part, id] of Object.entries(slots)) {
        const t = document.createElement('template');
        t.innerHTML = parts[part];
        document.getElementById(id).replaceChildren(t.content);
      }
    }, { once: true });
  </script>`;
  return html.replace('</body>', `${script}</body>`);
}
