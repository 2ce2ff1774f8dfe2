/** A tiny element builder: no framework, no innerHTML (every text goes in as text). */
type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** Builds a `<select>` whose options are `[value, label]` pairs. */
export function select(
  attributes: Attributes,
  options: [value: string, label: string][],
  selected?: string,
): HTMLSelectElement {
  const element = h(
    'select',
    attributes,
    options.map(([value, label]) => h('option', { value }, label)),
  );
  if (selected !== undefined) element.value = selected;
  return element;
}

let hints = 0;

/** A labelled form field: `<label>Text <control></label>`, and a hint that describes the control. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const labelled = h('label', { class: 'field' }, h('span', { class: 'field-label' }, label), control);
  if (!hint) return labelled;
  const id = `hint-${++hints}`;
  control.setAttribute('aria-describedby', id);
  return h('div', { class: 'field' }, labelled, h('small', { id }, hint));
}

/** An error line that screen readers announce. */
export function alertLine(text: string) {
  return h('p', { class: 'alert', role: 'alert' }, text);
}

/**
 * Shows an error line in `into` (instead of what was there) and moves the keyboard to it: after a
 * submit, the form's button is no place to learn why nothing happened.
 */
export function showAlert(into: HTMLElement, text: string) {
  const line = alertLine(text);
  line.tabIndex = -1;
  into.replaceChildren(line);
  line.focus();
  return line;
}

/**
 * A table with a hidden caption and column headings; rows are built by the caller. Wrapped in a
 * region of its own that scrolls sideways where the table is wider than the screen (a phone), named
 * after the caption and focusable, so a keyboard can scroll it too.
 */
export function table(id: string, caption: string, columns: string[], rows: HTMLElement[]) {
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
    tableOf(id, caption, columns, rows),
  );
}

function tableOf(id: string, caption: string, columns: string[], rows: HTMLElement[]) {
  return h(
    'table',
    { id },
    h('caption', { class: 'visually-hidden' }, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        columns.map((title) => h('th', { scope: 'col' }, title)),
      ),
    ),
    h('tbody', {}, rows),
  );
}
