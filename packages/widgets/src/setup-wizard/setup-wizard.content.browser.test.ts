import { WORLD } from '@onramp/mock-server';
import { createOnrampClient } from '@onramp/sdk';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { expectNoAxeViolations } from '../../test/axe.js';
import { BASE_URL, mockFetch } from '../../test/mock-fetch.js';
import './onramp-setup-wizard.js';
import type { OnrampSetupWizard } from './setup-wizard.js';

// What a person reads in the wizard (issue 21): the step on screen is not ticked, Review shows the
// order's licenses, the SIP address and the data center by name, fits a phone, "Go back and edit"
// comes straight back, and the order summary is named after the customer with the focus kept.

const WAIT_MS = 30_000;
const root = (wizard: OnrampSetupWizard) => wizard.shadowRoot!;
const currentStep = (wizard: OnrampSetupWizard) =>
  root(wizard).querySelector('[part="steps"] [aria-current="step"]')?.textContent?.trim() ?? '';
const text = (element: Node | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const primary = (scope: ParentNode) => scope.querySelector<HTMLButtonElement>('button[part~="primary"]')!;
const idle = (wizard: OnrampSetupWizard) =>
  ![...root(wizard).querySelectorAll('button')].some((button) => button.disabled);

async function until(wizard: OnrampSetupWizard, condition: () => boolean, what: string) {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    await wizard.updateComplete;
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}: ${text(root(wizard)).slice(0, 600)}`);
}

async function mount(lang = 'en') {
  document.documentElement.lang = lang;
  const harness = mockFetch();
  const client = createOnrampClient({
    baseUrl: BASE_URL,
    retry: false,
    fetch: harness.fetch,
    token: 'partner-full-admin',
  });
  const wizard = document.createElement('onramp-setup-wizard');
  Object.assign(wizard, { client, orgId: WORLD.trialCustomer, pollInterval: 10 });
  document.body.append(wizard);
  await until(wizard, () => !!root(wizard).querySelector('#step-heading'), 'the first step');
  const dir = lang === 'he' ? 'rtl' : 'ltr';
  await until(
    wizard,
    () => root(wizard).querySelector('[part="base"]')?.getAttribute('dir') === dir,
    'the language',
  );
  return { wizard, harness };
}

/** The primary action of each step until Review, checking that the step on screen is never ticked. */
async function walkToReview(wizard: OnrampSetupWizard) {
  const review = root(wizard).querySelectorAll('[part="steps"] li')[6]?.textContent?.trim();
  for (let guard = 0; guard < 12 && currentStep(wizard) !== review; guard++) {
    await until(wizard, () => idle(wizard), 'the step to settle');
    const current = root(wizard).querySelector('[part="steps"] [aria-current="step"]')!;
    expect(current.classList.contains('done'), `"${text(current)}" ticked while on screen`).toBe(false);
    const step = currentStep(wizard);
    const telephony = [...root(wizard).querySelectorAll<HTMLInputElement>('input[name="telephony"]')];
    if (telephony.length && !telephony.some((radio) => radio.checked))
      telephony.find((radio) => !radio.disabled)?.click();
    primary(root(wizard).querySelector('[part="base"]')!).click();
    const dialog = root(wizard).querySelector('dialog')!;
    await until(wizard, () => dialog.open || currentStep(wizard) !== step, `leaving "${step}"`);
    if (dialog.open) {
      primary(dialog).click();
      await until(wizard, () => !dialog.open && currentStep(wizard) !== step, 'the confirmation');
    }
  }
  await until(wizard, () => idle(wizard), 'Review');
}

const reviewRows = (wizard: OnrampSetupWizard) =>
  Object.fromEntries(
    [...root(wizard).querySelectorAll('[part="review-row"]')].map((row) => [
      text(row.querySelector('dt')),
      text(row.querySelector('dd')),
    ]),
  );

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
  sessionStorage.clear();
});
afterAll(() => page.viewport(414, 896));

describe('<onramp-setup-wizard>: what it says', () => {
  it('reviews the licenses, SIP address and data center by name; "Go back and edit" comes straight back', async () => {
    await page.viewport(1280, 800);
    const { wizard, harness } = await mount();
    await walkToReview(wizard);
    expect(currentStep(wizard)).toBe('Review');
    const rows = reviewRows(wizard);
    expect(rows['Contact-center licenses']).toBe(
      'Webex Contact Center Standard: 25, Webex Contact Center Premium: 10',
    );
    expect(rows['SIP address']).toMatch(/\.calls\.webex\.com$/);
    expect(rows['Data center']).toBe('United States');
    expect(Object.values(rows).join(' ')).not.toMatch(/\b(US|EU|SG|cc_standard)\b/);
    await expectNoAxeViolations(wizard);

    // Edit the time zone: that step, then Continue goes back to Review, not through Platform and Telephony.
    const edit = root(wizard).querySelector<HTMLButtonElement>(
      'button[aria-label="Go back and edit: Tenant time zone"]',
    )!;
    edit.click();
    await until(
      wizard,
      () => currentStep(wizard) === 'Tenant time zone' && idle(wizard),
      'the time-zone step',
    );
    const visited: string[] = [];
    wizard.addEventListener('onramp-setup-step-change', (event) => visited.push(event.step));
    primary(root(wizard).querySelector('[part="base"]')!).click();
    await until(wizard, () => currentStep(wizard) === 'Review' && idle(wizard), 'Review again');
    expect(visited).toEqual(['review']);

    // Submit, provision, then the order summary: named after the customer, the keyboard kept.
    primary(root(wizard).querySelector('[part="base"]')!).click();
    await until(wizard, () => !!root(wizard).querySelector('[role="progressbar"]'), 'provisioning');
    harness.app.clock.advance(60 * 60 * 1000);
    await until(wizard, () => !root(wizard).querySelector('[role="progressbar"]') && idle(wizard), 'done');
    const saved: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(this.download);
    };
    try {
      const download = [...root(wizard).querySelectorAll<HTMLButtonElement>('button')].find(
        (button) => text(button) === 'Download order summary (PDF)',
      )!;
      download.focus();
      download.click();
      await until(wizard, () => saved.length === 1 && idle(wizard), 'the download');
      expect(saved).toEqual(["Order summary - John's Pizza.pdf"]);
      expect(root(wizard).activeElement).toBe(download);
      expect(document.activeElement).toBe(wizard);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it.each(['en', 'he'])('fits Review on a phone, 375 px (%s)', async (lang) => {
    await page.viewport(375, 800);
    const { wizard } = await mount(lang);
    await walkToReview(wizard);
    expect(root(wizard).querySelector('[part="review"]')).not.toBeNull();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const base = root(wizard).querySelector<HTMLElement>('[part="base"]')!;
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
    expect(wizard.getBoundingClientRect().right).toBeLessThanOrEqual(375.5);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    for (const row of root(wizard).querySelectorAll<HTMLElement>('[part="review-row"]'))
      expect(row.scrollWidth, text(row)).toBeLessThanOrEqual(row.clientWidth + 1);
    await expectNoAxeViolations(wizard);
  });
});
