import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../test/axe.js';
import { mountEditor, names, root } from '../../test/role-editor-harness.js';
import { until } from '../../test/widget-harness.js';
import type { OnrampRoleEditor } from './role-editor.js';

// The filter as a segmented control (issue 22): native radios in a fieldset, so the arrow keys move
// the choice and a screen reader says "radio, 2 of 3"; drawn as one joined group, the choice filled.

const segments = (editor: OnrampRoleEditor) => [...root(editor).querySelectorAll<HTMLElement>('.segment')];
const chosen = (editor: OnrampRoleEditor) =>
  segments(editor)
    .filter((segment) => segment.querySelector('input')?.checked)
    .map((segment) => segment.textContent?.trim());

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
});

describe('<onramp-role-editor> filter', () => {
  it('is a radio group the arrow keys move through, each choice filtering the list', async () => {
    await page.viewport(1280, 800);
    const { editor } = await mountEditor('partner-full-admin');
    const group = root(editor).querySelector('fieldset[part="filters"]')!;
    expect(group.querySelector('legend')?.textContent?.trim()).toBe('Show');
    expect(group.querySelectorAll('input[type="radio"][name="filter"]')).toHaveLength(3);
    expect(chosen(editor)).toEqual(['All users']);
    const all = names(editor);

    group.querySelector<HTMLInputElement>('input:checked')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await until(editor, () => chosen(editor).join() === 'Administrators', 'Administrators chosen');
    await until(editor, () => names(editor).join() !== all.join(), 'the administrators listed');
    expect(root(editor).activeElement).toBe(segments(editor)[1]!.querySelector('input'));
    expect(segments(editor)[1]!.classList.contains('on')).toBe(true);
    await userEvent.keyboard('{ArrowLeft}');
    await until(editor, () => chosen(editor).join() === 'All users', 'All users again');
    await until(editor, () => names(editor).join() === all.join(), 'every user listed again');
  });

  it('draws one joined group: the segments touch, the chosen one filled, its focus ring shown', async () => {
    await page.viewport(1280, 800);
    const { editor } = await mountEditor('partner-full-admin');
    const boxes = segments(editor).map((segment) => segment.getBoundingClientRect());
    for (let i = 1; i < boxes.length; i++) {
      expect(Math.round(boxes[i]!.top)).toBe(Math.round(boxes[0]!.top));
      expect(Math.abs(boxes[i]!.left - boxes[i - 1]!.right)).toBeLessThanOrEqual(1);
    }
    const [on, off] = segments(editor).map((segment) => getComputedStyle(segment).backgroundColor);
    expect(on).not.toBe(off);
    const input = segments(editor)[0]!.querySelector('input')!;
    input.focus({ focusVisible: true } as FocusOptions);
    const ring = getComputedStyle(input);
    expect(ring.outlineStyle).not.toBe('none');
    // The radio covers its whole segment inside the border: the click target is the segment.
    const box = input.getBoundingClientRect();
    expect(box.width).toBeCloseTo(segments(editor)[0]!.clientWidth, 0);
  });

  it.each(['light', 'dark', 'high-contrast'])(
    'is axe-clean in the %s theme, the choice told apart',
    async (theme) => {
      await page.viewport(1280, 800);
      const { editor } = await mountEditor('partner-full-admin', { lang: 'he' });
      editor.setAttribute('theme', theme);
      await editor.updateComplete;
      const [on, off] = segments(editor).map((segment) => getComputedStyle(segment));
      expect(on!.backgroundColor).not.toBe(off!.backgroundColor);
      expect(on!.color).not.toBe(off!.color);
      await expectNoAxeViolations(editor);
    },
  );

  it('on a phone the segments fill their rows and nothing overflows', async () => {
    await page.viewport(375, 800);
    const { editor } = await mountEditor('partner-full-admin', { lang: 'ru' });
    await until(editor, () => root(editor).querySelector('section')?.lang === 'ru', 'Russian');
    const group = root(editor).querySelector<HTMLElement>('.segments')!;
    const frame = group.getBoundingClientRect();
    for (const segment of segments(editor)) {
      const box = segment.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(frame.left - 1);
      expect(box.right).toBeLessThanOrEqual(frame.right + 1);
      expect(segment.scrollWidth).toBeLessThanOrEqual(segment.clientWidth + 1);
    }
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
  });
});
