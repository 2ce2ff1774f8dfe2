import { WAIT_MS, waitUntil } from '@onramp/devkit/waits';
import { createOnrampClient } from '@onramp/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { expectNoAxeViolations } from '../../test/axe.js';
import { BASE_URL, mockFetch } from '../../test/mock-fetch.js';
import './onramp-customer-onboarding.js';
import type { OnrampCustomerOnboarding } from './customer-onboarding.js';

// The form's layout on a phone and a desktop, left to right and right to left (issue 21): the lists
// of countries, languages and time zones hold long names, and a customer name may be 255 characters.

const frames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined))));

async function mountAt(width: number, lang: string) {
  await page.viewport(width, 900);
  document.documentElement.lang = lang;
  const form = document.createElement('onramp-customer-onboarding');
  form.client = createOnrampClient({
    baseUrl: BASE_URL,
    retry: false,
    fetch: mockFetch().fetch,
    token: 'partner-full-admin',
  });
  // In a page with margins, as a portal shows it: the form has less than the viewport's width.
  const main = document.createElement('main');
  main.style.padding = '0 1.5rem';
  main.append(form);
  document.body.append(main);
  await waitUntil(() => form.shadowRoot?.querySelector('form')?.lang === lang, {
    what: `the ${lang} form`,
    timeout: WAIT_MS,
    before: () => form.updateComplete,
  });
  return form;
}

/** Every control and text of the form that reaches outside the viewport or the form's box. */
function outside(form: OnrampCustomerOnboarding, width: number): string[] {
  const frame = form.shadowRoot!.querySelector('form')!.getBoundingClientRect();
  const problems: string[] = [];
  for (const element of form.shadowRoot!.querySelectorAll<HTMLElement>(
    'input, select, label, legend, p, span, dd, button',
  )) {
    const box = element.getBoundingClientRect();
    if (box.width === 0) continue;
    if (box.left < Math.max(0, frame.left) - 1 || box.right > Math.min(width, frame.right) + 1)
      problems.push(`<${element.tagName.toLowerCase()} id="${element.id}">: ${box.left}–${box.right}`);
  }
  return problems;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
});

describe('<onramp-customer-onboarding> layout', () => {
  it.each([
    [375, 'en'],
    [1280, 'en'],
    [375, 'he'],
    [1280, 'he'],
  ])('at %ipx (%s): no horizontal overflow, long names and list entries contained', async (width, lang) => {
    const form = await mountAt(width, lang);
    const root = form.shadowRoot!;
    const choose = (id: string, value: string) => {
      const select = root.querySelector<HTMLSelectElement>(`select#${id}`)!;
      select.value = value;
      select.dispatchEvent(new Event('change'));
    };
    // The longest names of the lists chosen, and a 255-character customer name typed.
    const name = root.querySelector<HTMLInputElement>('#customerInfo-name')!;
    name.value = 'Long Name Bakery '.repeat(15).slice(0, 255);
    name.dispatchEvent(new InputEvent('input'));
    choose('address-country', 'GS'); // South Georgia & South Sandwich Islands
    choose('calling-timezone', 'America/Argentina/Buenos_Aires');
    choose('calling-language', 'pt_br');
    await form.updateComplete;
    await frames();
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    expect(outside(form, width)).toEqual([]);
    await expectNoAxeViolations(form);
  });
});
