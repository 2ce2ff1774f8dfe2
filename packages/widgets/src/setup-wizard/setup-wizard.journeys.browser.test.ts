import { waitUntil } from '@onramp/devkit/waits';
import { WORLD } from '@onramp/mock-server';
import { createOnrampClient } from '@onramp/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { BASE_URL, mockFetch } from '../../test/mock-fetch.js';
import './onramp-setup-wizard.js';
import type { OnrampSetupWizard } from './setup-wizard.js';

// Every kind of customer of the issue, end to end, in English and in Hebrew (right to left), axe-clean
// at every step. Navigation uses the primary action of each step, so the walk reads no label and
// works in any language.

const customers = [
  [
    'a trial customer',
    WORLD.trialCustomer,
    { vpop: true, timeZone: true, lockedTelephony: false, webexCalling: true },
  ],
  [
    'a subscription customer with the US Cisco PSTN add-on',
    WORLD.pstnCustomer,
    { vpop: false, timeZone: true, lockedTelephony: true, webexCalling: true },
  ],
  // Neither has a Webex Calling subscription: Webex Calling telephony is shown, disabled (§1.3).
  [
    'a Gulf-region customer (no VPOP)',
    WORLD.gulfCustomer,
    { vpop: false, timeZone: true, lockedTelephony: false, webexCalling: false },
  ],
  [
    'a CCAI customer (no time-zone step)',
    WORLD.ccaiCustomer,
    { vpop: true, timeZone: false, lockedTelephony: false, webexCalling: false },
  ],
] as const;

const root = (wizard: OnrampSetupWizard) => wizard.shadowRoot!;
const currentStep = (wizard: OnrampSetupWizard) =>
  root(wizard).querySelector('[part="steps"] [aria-current="step"]')?.textContent?.trim();

function until(wizard: OnrampSetupWizard, condition: () => boolean, what: string) {
  return waitUntil(condition, {
    what,
    interval: 5,
    before: () => wizard.updateComplete,
    shown: () => root(wizard).textContent?.replace(/\s+/g, ' ').slice(0, 600) ?? '',
  });
}

const idle = (wizard: OnrampSetupWizard) => () =>
  ![...root(wizard).querySelectorAll('button')].some((b) => b.disabled);
const primary = (scope: ParentNode) => scope.querySelector<HTMLButtonElement>('button[part~="primary"]');

async function mount(orgId: string, lang: string) {
  document.documentElement.lang = lang;
  const harness = mockFetch();
  const client = createOnrampClient({
    baseUrl: BASE_URL,
    retry: false,
    fetch: harness.fetch,
    token: 'partner-full-admin',
  });
  const wizard = document.createElement('onramp-setup-wizard');
  Object.assign(wizard, { client, orgId, pollInterval: 10 });
  document.body.append(wizard);
  await until(wizard, () => !!root(wizard).querySelector('#step-heading'), 'the first step');
  return { wizard, harness };
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
  sessionStorage.clear();
});

describe.each([['en'], ['he']])('the whole wizard in %s', (lang) => {
  it.each(customers)('for %s', async (_name, orgId, expects) => {
    const { wizard, harness } = await mount(orgId, lang);
    const dir = () => root(wizard).querySelector('[part="base"]')!.getAttribute('dir');
    await until(wizard, () => dir() === (lang === 'he' ? 'rtl' : 'ltr'), 'the language to load');
    const stepNames = [...root(wizard).querySelectorAll('[part="steps"] li')].length;
    expect(stepNames).toBe(expects.timeZone ? 9 : 8);
    const seen: string[] = [];

    for (let guard = 0; guard < 20; guard++) {
      await until(wizard, idle(wizard), 'the step to settle');
      const step = currentStep(wizard) ?? '';
      if (root(wizard).querySelector('[role="progressbar"]')) break;
      if (!seen.includes(step)) {
        seen.push(step);
        await expectNoAxeViolations(wizard);
      }
      const telephony = [...root(wizard).querySelectorAll<HTMLInputElement>('input[name="telephony"]')];
      if (telephony.length) {
        expect(telephony.some((radio) => radio.value === 'third_party_via_vpop')).toBe(expects.vpop);
        expect(telephony.every((radio) => radio.disabled)).toBe(expects.lockedTelephony);
        const webexCalling = telephony.find((radio) => radio.value === 'webex_calling');
        if (!expects.lockedTelephony) expect(webexCalling?.disabled).toBe(!expects.webexCalling);
        if (!expects.lockedTelephony && !telephony.some((radio) => radio.checked))
          telephony.find((radio) => !radio.disabled)?.click();
      }
      primary(root(wizard).querySelector('[part="base"]')!)!.click();
      const dialog = root(wizard).querySelector('dialog')!;
      await until(wizard, () => dialog.open || currentStep(wizard) !== step, `leaving "${step}"`);
      if (dialog.open) {
        await expectNoAxeViolations(wizard);
        primary(dialog)!.click();
        await until(
          wizard,
          () => !dialog.open && currentStep(wizard) !== step,
          'the country to be confirmed',
        );
      }
    }
    expect(root(wizard).querySelector('[role="progressbar"]')).not.toBeNull();
    await expectNoAxeViolations(wizard);
    harness.app.clock.advance(60 * 60 * 1000);
    await until(wizard, () => !root(wizard).querySelector('[role="progressbar"]'), 'provisioning to finish');
    await expectNoAxeViolations(wizard);
    expect(root(wizard).querySelector('a, button')).not.toBeNull();
  });
});
