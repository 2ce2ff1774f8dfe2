import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { expectNoAxeViolations } from '../../test/axe.js';
import { formReady, mountEditor, openUser, root, text } from '../../test/role-editor-harness.js';
import { until } from '../../test/widget-harness.js';
import type { OnrampRoleEditor } from './role-editor.js';
import { ROW_HEIGHT } from './virtual-list.js';

/** Waits for two frames: the host's new width laid out, the container queries and the list's resize applied. */
const frames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined))));

const ownText = (element: Element) =>
  [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());

/**
 * What the rows cut off: an element whose content is taller than its box, a text wider than its box
 * without an ellipsis, or a text outside the box of the cell or row that clips it.
 */
function clipped(editor: OnrampRoleEditor): string[] {
  const problems: string[] = [];
  for (const row of root(editor).querySelectorAll<HTMLElement>('[role="row"]')) {
    for (const element of [row, ...row.querySelectorAll<HTMLElement>('*')]) {
      const what = `row ${row.getAttribute('aria-rowindex')} <${element.tagName.toLowerCase()} class="${element.className}"> "${element.textContent?.trim().replace(/\s+/g, ' ')}"`;
      if (element.scrollHeight > element.clientHeight + 1)
        problems.push(`${what}: cut vertically (${element.scrollHeight} > ${element.clientHeight})`);
      if (!ownText(element)) continue;
      const style = getComputedStyle(element);
      if (
        element.scrollWidth > element.clientWidth + 1 &&
        (style.textOverflow !== 'ellipsis' || style.overflowX === 'visible')
      )
        problems.push(`${what}: cut without an ellipsis (${element.scrollWidth} > ${element.clientWidth})`);
      const box = element.getBoundingClientRect();
      for (let outer = element.parentElement; outer && row.contains(outer); outer = outer.parentElement) {
        const frame = outer.getBoundingClientRect();
        if (
          box.left < frame.left - 1 ||
          box.right > frame.right + 1 ||
          box.top < frame.top - 1 ||
          box.bottom > frame.bottom + 1
        ) {
          problems.push(`${what}: outside <${outer.tagName.toLowerCase()} class="${outer.className}">`);
          break;
        }
      }
    }
  }
  return problems;
}

/** A role editor `width` pixels wide (at most its 64rem maximum) in a page as wide. */
async function mountAt(width: number, lang = 'en') {
  await page.viewport(width, 800);
  const { editor } = await mountEditor('customer-full-admin', { lang });
  editor.style.inlineSize = `${width}px`;
  if (lang === 'he')
    await until(editor, () => text(editor).includes('חיצוני: \u2068Contoso Consulting\u2069'), 'Hebrew');
  await frames();
  return editor;
}

const rowOfUser = (editor: OnrampRoleEditor, name: string) =>
  [...root(editor).querySelectorAll<HTMLElement>('[part="row"]')].find(
    (row) => row.querySelector('button.name')?.textContent === name,
  ) as HTMLElement;

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
});

describe('<onramp-role-editor> rows fit their content at every width', () => {
  it.each([
    [375, 'en'],
    [1280, 'en'],
    [375, 'he'],
    [1280, 'he'],
  ])(
    'at %ipx (%s): nothing is cut off, long texts end in an ellipsis, rows keep their height',
    async (width, lang) => {
      const editor = await mountAt(width, lang);
      expect(editor.getBoundingClientRect().width).toBe(Math.min(width, 1024));
      expect(clipped(editor)).toEqual([]);
      const rows = [...root(editor).querySelectorAll<HTMLElement>('[part="row"]')];
      expect(rows.length).toBeGreaterThan(10);
      for (const row of rows) expect(row.getBoundingClientRect().height).toBeCloseTo(ROW_HEIGHT, 0);
      // The external admin's organization stays on screen (in Hebrew too), next to her e-mail.
      const relation = rowOfUser(editor, 'Ella External').querySelector<HTMLElement>('.relation');
      expect(relation?.textContent).toContain('Contoso Consulting');
      expect(relation?.getBoundingClientRect().width).toBeGreaterThan(40);
      await expectNoAxeViolations(editor);
    },
  );

  it('at 375px a focused row shows its full text, wrapped, over the rows below it', async () => {
    const editor = await mountAt(375);
    const row = rowOfUser(editor, 'Ella External');
    const email = row.querySelector<HTMLElement>('.email') as HTMLElement;
    expect(email.scrollWidth).toBeGreaterThan(email.clientWidth); // truncated while not focused
    row.querySelector<HTMLButtonElement>('button.name')?.focus();
    await frames();
    expect(clipped(editor)).toEqual([]);
    for (const element of row.querySelectorAll<HTMLElement>('[role="cell"] *, [role="cell"]'))
      expect(element.scrollWidth, element.textContent ?? '').toBeLessThanOrEqual(element.clientWidth + 1);
    expect(row.getBoundingClientRect().height).toBeGreaterThan(ROW_HEIGHT);
    await expectNoAxeViolations(editor);
  });
});

/**
 * The words of `cell` that are split over two lines or drawn outside it (cut off): each word (a
 * hyphen is a place to break, as the browser may) is a Range whose line boxes are measured.
 */
function cutWords(cell: HTMLElement): string[] {
  const frame = cell.getBoundingClientRect();
  const cut: string[] = [];
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.textContent ?? '').matchAll(/[^\s-]+-?/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
      const outside = rects.some(
        (rect) =>
          rect.left < frame.left - 1 ||
          rect.right > frame.right + 1 ||
          rect.top < frame.top - 1 ||
          rect.bottom > frame.bottom + 1,
      );
      if (rects.length !== 1 || outside)
        cut.push(
          `"${match[0]}" of "${cell.textContent?.trim()}": ${rects.length} line boxes${outside ? ', cut off' : ''}`,
        );
    }
  }
  return cut;
}

describe('<onramp-role-editor> no word is cut in the status, license and role columns (issue 22)', () => {
  it.each([
    [375, 'en'],
    [1280, 'en'],
    [375, 'he'],
    [1280, 'he'],
    [375, 'ru'],
    [1280, 'ru'],
  ])('at %ipx (%s): each word on one line and whole, headings included', async (width, lang) => {
    const editor = await mountAt(width, lang);
    if (lang !== 'en')
      await until(editor, () => root(editor).querySelector('section')?.lang === lang, 'the language');
    const cells = [
      ...root(editor).querySelectorAll<HTMLElement>(
        '[role="row"] > :nth-child(2), [role="row"] > :nth-child(3), [role="row"] > :nth-child(4)',
      ),
    ];
    expect(cells.length).toBeGreaterThan(30);
    expect(cells.flatMap(cutWords)).toEqual([]);
    expect(clipped(editor)).toEqual([]);
  });
});

describe('<onramp-role-editor> on real data (issue 21)', () => {
  it.each([
    [375, 'en'],
    [1280, 'en'],
    [375, 'he'],
    [1280, 'he'],
  ])(
    'at %ipx (%s) the license column shows the whole tier, never "Webex Contact Center Sta…"',
    async (width, lang) => {
      const editor = await mountAt(width, lang);
      const licenses = [...root(editor).querySelectorAll<HTMLElement>('.body [part="row"] > :nth-child(3)')];
      expect(licenses.map((cell) => cell.textContent?.trim())).toContain('Standard');
      for (const cell of licenses)
        expect(cell.scrollWidth, `"${cell.textContent?.trim()}" cut`).toBeLessThanOrEqual(cell.clientWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    },
  );

  it('opens one add or import panel at a time, and styles the name inputs like the e-mail', async () => {
    const editor = await mountAt(1280);
    const toggle = (controls: string) =>
      root(editor).querySelector<HTMLButtonElement>(
        `button[aria-controls="${controls}"]`,
      ) as HTMLButtonElement;
    const open = () =>
      [...root(editor).querySelectorAll<HTMLButtonElement>('.actions-bar button[aria-expanded="true"]')].map(
        (button) => button.getAttribute('aria-controls') ?? button.textContent?.trim(),
      );
    toggle('add-user').click();
    await formReady(editor, 'new-email');
    expect(open()).toEqual(['add-user']);
    const style = (id: string) => getComputedStyle(root(editor).querySelector(`#${id}`) as HTMLElement);
    for (const property of [
      'borderTopWidth',
      'borderTopStyle',
      'paddingInlineStart',
      'borderRadius',
    ] as const) {
      expect(style('new-first')[property], property).toBe(style('new-email')[property]);
      expect(style('new-last')[property], property).toBe(style('new-email')[property]);
    }
    toggle('add-external').click();
    await editor.updateComplete;
    expect(open()).toEqual(['add-external']);
    expect(root(editor).querySelector<HTMLFormElement>('#add-user')?.hidden).toBe(true);
    toggle('import-panel').click();
    await editor.updateComplete;
    expect(open()).toEqual(['import-panel']);
    expect(root(editor).querySelector<HTMLFormElement>('#add-external')?.hidden).toBe(true);
    toggle('add-user').click();
    await editor.updateComplete;
    expect(open()).toEqual(['add-user']);
    await expectNoAxeViolations(editor);
  });
});

describe('<onramp-role-editor> the user dialog of a read-only admin (issue 21)', () => {
  it.each([
    [375, 'en'],
    [1280, 'en'],
    [375, 'he'],
    [1280, 'he'],
  ])(
    'at %ipx (%s): one note per reason, contained in the dialog, no horizontal overflow',
    async (width, lang) => {
      await page.viewport(width, 800);
      const { editor } = await mountEditor('partner-read-only-admin', { lang });
      if (lang === 'he')
        await until(editor, () => root(editor).querySelector('section')?.lang === 'he', 'Hebrew');
      await openUser(editor, 'Uma Neu');
      await frames();
      const dialog = root(editor).querySelector('dialog')!;
      const frame = dialog.getBoundingClientRect();
      expect(frame.right).toBeLessThanOrEqual(width + 1);
      expect(frame.left).toBeGreaterThanOrEqual(-1);
      const notes = [...dialog.querySelectorAll<HTMLElement>('[part~="reason"]')];
      expect(notes.length).toBeGreaterThan(0);
      expect(new Set(notes.map((note) => note.textContent)).size).toBe(notes.length);
      for (const element of dialog.querySelectorAll<HTMLElement>('[part~="reason"], label, button, h3')) {
        const box = element.getBoundingClientRect();
        expect(box.left, element.textContent ?? '').toBeGreaterThanOrEqual(frame.left - 1);
        expect(box.right, element.textContent ?? '').toBeLessThanOrEqual(frame.right + 1);
      }
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
      await expectNoAxeViolations(editor);
    },
  );
});
