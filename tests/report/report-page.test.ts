// The report page names the tab it reports on in its address (report.html#tab=<id>): only a plain
// tab id is taken; anything else names no tab, and the page says so instead of guessing.
import { describe, expect, it } from 'vitest';
import { tabIdFrom } from '../../extension/report/tab.ts';

describe('the report page\'s tab id', () => {
  it('takes #tab=<digits> only', () => {
    expect(tabIdFrom('#tab=0')).toBe(0);
    expect(tabIdFrom('#tab=1234567')).toBe(1234567);
    for (const junk of ['', '#', '#tab=', '#tab=-1', '#tab=1.5', '#tab=1e3', '#tab=12&x=1', '#tab=0x10', '?tab=3', '#tab=1234567890123456', '#tab= 3', '#TAB=3']) {
      expect(tabIdFrom(junk), junk).toBeNull();
    }
  });
});
