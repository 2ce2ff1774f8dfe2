// A customer name holding U+202E (right-to-left override) cannot reorder what is around it in the
// portal (issue 21): every user string is in a <bdi>, or FSI…PDI where no element can go.
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.js';
import { boot, connectedAs, navTo, text, unmount, until } from './harness.js';

afterEach(unmount);

const HOSTILE = '\u202EEvil Bistro';

describe('user text in the portal is bidi-isolated', () => {
  it('in the trial sentence, the customers table, the nav, the picker and the labels', async () => {
    const { root } = boot();
    await connectedAs(root, 'Acme Telecom');
    expect(root.querySelector('#org-name bdi')?.textContent).toBe('Acme Telecom');
    navTo(root, 'Start a trial');
    await until(() => root.querySelector('#trial-form'), 'the trial form');
    const form = root.querySelector<HTMLFormElement>('#trial-form')!;
    form.querySelector<HTMLInputElement>('[name="customerName"]')!.value = HOSTILE;
    form.querySelector<HTMLInputElement>('[name="customerAdminEmail"]')!.value = 'evil@bistro.example.com';
    form.requestSubmit();
    await until(() => root.querySelector('#trial-started'), 'the trial');
    const started = root.querySelector('#trial-started')!;
    expect([...started.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toContain(HOSTILE);
    // The words after the name keep their order: "runs" is laid out left to right.
    const runs = [...started.childNodes].find(
      (node): node is Text => node.nodeType === Node.TEXT_NODE && (node as Text).data.includes('runs'),
    )!;
    const at = runs.data.indexOf('runs');
    const left = (offset: number) => {
      const range = document.createRange();
      range.setStart(runs, offset);
      range.setEnd(runs, offset + 1);
      return range.getBoundingClientRect().left;
    };
    expect(left(at)).toBeLessThan(left(at + 3));

    navTo(root, 'Customers');
    const pick = () =>
      [...root.querySelectorAll('#customers th button')].find((button) =>
        text(button).includes('Evil Bistro'),
      );
    await until(pick, 'the new customer in the table');
    expect(pick()!.querySelector('bdi')?.textContent).toBe(HOSTILE);
    const setUp = pick()!.closest('tr')!.querySelector('button.secondary')!;
    expect(setUp.getAttribute('aria-label')).toBe(`Set up services: \u2068${HOSTILE}\u2069`);
    (pick() as HTMLButtonElement).click();
    await until(() => root.querySelector('#selected-customer bdi'), 'the selection in the nav');
    expect(root.querySelector('#selected-customer bdi')?.textContent).toBe(HOSTILE);
    await expectNoAxeViolations(root, 'customers with a hostile name');

    navTo(root, 'Admins and licenses');
    await until(() => root.querySelector('#customer-picker'), 'the picker');
    const options = [...root.querySelector<HTMLSelectElement>('#customer-picker')!.options];
    expect(options.map((option) => option.text)).toContain(`\u2068${HOSTILE}\u2069`);
  });
});
