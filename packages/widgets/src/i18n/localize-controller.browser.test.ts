import { waitUntil } from '@onramp/devkit/waits';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import '../../test/localized-fixture.js';

const mount = async (markup: string) => {
  document.body.innerHTML = markup;
  const el = document.querySelector('onramp-localized-fixture')!;
  await el.updateComplete;
  return el;
};
const text = (el: Element, id: string) => el.shadowRoot!.getElementById(id)!.textContent;
const base = (el: Element) => el.shadowRoot!.querySelector('[part="base"]')!;
/** Waits until the lazily loaded locale has re-rendered the element. */
const settled = async (
  el: HTMLElement & { updateComplete: Promise<boolean> },
  id: string,
  expected: string,
) => {
  await waitUntil(() => text(el, id) === expected, {
    what: `"${expected}" in #${id}`,
    before: () => el.updateComplete,
    shown: () => text(el, id) ?? '',
  });
  expect(text(el, id)).toBe(expected);
};

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
  document.documentElement.removeAttribute('dir');
});

describe('LocalizeController in Chromium', () => {
  it('speaks English by default, left to right', async () => {
    const el = await mount('<onramp-localized-fixture></onramp-localized-fixture>');
    expect(text(el, 'retry')).toBe('Try again');
    expect(text(el, 'number')).toBe('1,234,567.5');
    expect(base(el).getAttribute('dir')).toBe('ltr');
  });

  it('follows <html lang> at run time, loads Hebrew lazily and mirrors the layout', async () => {
    const el = await mount('<onramp-localized-fixture></onramp-localized-fixture>');
    document.documentElement.lang = 'he';
    await settled(el, 'retry', 'נסה שוב');
    expect(text(el, 'days')).toBe('נותרו 5 ימים');
    expect(base(el).getAttribute('dir')).toBe('rtl');
    expect(getComputedStyle(base(el)).direction).toBe('rtl');
    await expectNoAxeViolations();
  });

  it("takes its own lang over the page's, with Intl formatting of that locale", async () => {
    const el = await mount('<onramp-localized-fixture lang="ru"></onramp-localized-fixture>');
    await settled(el, 'retry', 'Повторить');
    expect(text(el, 'days')).toBe('Осталось 5 дней');
    expect(text(el, 'number')).toBe(new Intl.NumberFormat('ru').format(1234567.5));
    el.lang = 'ro';
    await settled(el, 'retry', 'Încercați din nou');
  });

  it('reads the nearest ancestor, and an explicit dir wins over the language', async () => {
    const el = await mount(
      '<section lang="he" dir="ltr"><onramp-localized-fixture></onramp-localized-fixture></section>',
    );
    await settled(el, 'retry', 'נסה שוב');
    expect(base(el).getAttribute('dir')).toBe('ltr');
  });

  it('falls back to English for an unsupported language, never showing raw keys', async () => {
    document.documentElement.lang = 'fr';
    const el = await mount('<onramp-localized-fixture></onramp-localized-fixture>');
    expect(text(el, 'retry')).toBe('Try again');
    expect(el.shadowRoot!.textContent).not.toMatch(/common\.|trial\./);
  });

  it("gives a zone's UTC offset at an instant, as its name then reads (daylight-saving time included)", async () => {
    const el = await mount('<onramp-localized-fixture></onramp-localized-fixture>');
    const { localize } = el as unknown as {
      localize: {
        formatUtcOffset(zone: string, at: Date): string;
        formatTimeZone(zone: string, at: Date): string;
      };
    };
    const january = new Date(Date.UTC(2026, 0, 15));
    const july = new Date(Date.UTC(2026, 6, 15));
    expect(localize.formatUtcOffset('Australia/Sydney', january)).toBe('+11:00');
    expect(localize.formatTimeZone('Australia/Sydney', january)).toBe('Australian Eastern Daylight Time');
    expect(localize.formatUtcOffset('Australia/Sydney', july)).toBe('+10:00');
    expect(localize.formatUtcOffset('America/St_Johns', january)).toBe('-03:30');
    expect(localize.formatUtcOffset('Asia/Kolkata', july)).toBe('+05:30');
    expect(localize.formatUtcOffset('UTC', july)).toBe('+00:00');
  });
});
