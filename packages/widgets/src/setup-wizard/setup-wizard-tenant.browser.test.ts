import { WAIT_MS, waitUntil } from '@onramp/devkit/waits';
import { WORLD } from '@onramp/mock-server';
import { createOnrampClient } from '@onramp/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { BASE_URL, mockFetch } from '../../test/mock-fetch.js';
import './onramp-setup-wizard.js';
import type { OnrampSetupWizard } from './setup-wizard.js';

// The 1.0 platform's "Set up Webex Contact Center" on the wizard's last step (DOMAIN §1.2, seed 000).

const BERLIN = WORLD.provisionedCustomer;

/** Berlin Bakery's completed setup, moved to the 1.0 platform (the seed's tenant is on the new one). */
function classicHarness() {
  const harness = mockFetch();
  const setup = harness.app.store.setups.get(BERLIN);
  if (!setup) throw new Error('Berlin Bakery has no setup in the seed');
  const answers = { ...setup.state.answers, platform: '1.0' as const };
  harness.app.store.setups.set(BERLIN, { ...setup, state: { ...setup.state, answers } });
  return harness;
}

const root = (wizard: OnrampSetupWizard) => wizard.shadowRoot!;
const text = (wizard: OnrampSetupWizard) => root(wizard).textContent?.replace(/\s+/g, ' ') ?? '';
const $ = <T extends HTMLElement>(wizard: OnrampSetupWizard, selector: string) =>
  root(wizard).querySelector<T>(selector);

function until(wizard: OnrampSetupWizard, condition: () => boolean, what: string) {
  return waitUntil(condition, {
    what,
    interval: 5,
    timeout: WAIT_MS,
    before: () => wizard.updateComplete,
    shown: () => text(wizard).slice(0, 1200),
  });
}

async function mount(token: string, lang = 'en') {
  document.documentElement.lang = lang;
  const harness = classicHarness();
  const client = createOnrampClient({
    baseUrl: BASE_URL,
    retry: false,
    fetch: harness.fetch,
    token,
  });
  const wizard = document.createElement('onramp-setup-wizard');
  Object.assign(wizard, { client, orgId: BERLIN, pollInterval: 10 });
  document.body.append(wizard);
  await until(wizard, () => !!$(wizard, '#tenant-run, #tenant-status'), 'the tenant setup section');
  return { wizard, harness };
}

const tenantPosts = (harness: ReturnType<typeof mockFetch>) =>
  harness.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/contactCenter/tenantSetup'));

function checkChat(wizard: OnrampSetupWizard) {
  const chat = $<HTMLInputElement>(wizard, '#tenant-chat')!;
  chat.click();
  return chat;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
  sessionStorage.clear();
});

describe('<onramp-setup-wizard> "Set up Webex Contact Center" (1.0 platform)', () => {
  it("tells a partner admin before the click that chat is the customer admin's, then sets up without chat", async () => {
    const { wizard, harness } = await mount('partner-full-admin');
    expect(text(wizard)).toContain('Tenant setup');
    const button = $<HTMLButtonElement>(wizard, '#tenant-run')!;
    expect(button.textContent?.trim()).toBe('Set up Webex Contact Center');
    expect(button.disabled).toBe(false);

    const chat = checkChat(wizard);
    await until(wizard, () => !!$(wizard, '#tenant-refusal'), 'the chat refusal');
    expect($(wizard, '#tenant-refusal')!.textContent).toBe(
      'With chat, a customer administrator must do this.',
    );
    expect(chat.getAttribute('aria-describedby')).toBe('tenant-refusal');
    expect($<HTMLButtonElement>(wizard, '#tenant-run')!.disabled).toBe(true);
    await expectNoAxeViolations(wizard);

    chat.click();
    await until(wizard, () => !$<HTMLButtonElement>(wizard, '#tenant-run')!.disabled, 'the button enabled');
    $<HTMLButtonElement>(wizard, '#tenant-run')!.click();
    await until(wizard, () => !!$(wizard, '#tenant-status'), 'the result');
    expect($(wizard, '#tenant-status')!.textContent).toBe('Webex Contact Center is set up.');
    expect($(wizard, '#tenant-run')).toBeNull();
    expect(tenantPosts(harness)).toHaveLength(1);
    const details = harness.app.store.setups.get(BERLIN)?.tenantSetup;
    expect(details).toMatchObject({ chat: false });
    await expectNoAxeViolations(wizard);
  });

  it("sets up chat as the customer's full admin, and says so", async () => {
    const { wizard, harness } = await mount('customer-full-admin');
    checkChat(wizard);
    await until(wizard, () => $<HTMLInputElement>(wizard, '#tenant-chat')!.checked, 'chat checked');
    expect($(wizard, '#tenant-refusal')).toBeNull();
    $<HTMLButtonElement>(wizard, '#tenant-run')!.click();
    await until(wizard, () => !!$(wizard, '#tenant-status'), 'the result');
    expect($(wizard, '#tenant-status')!.textContent).toBe('Webex Contact Center is set up, with chat.');
    expect(harness.app.store.setups.get(BERLIN)?.tenantSetup).toMatchObject({ chat: true });
  });

  it("shows the server's refusal in the admin's language when the tenant was set up meanwhile", async () => {
    const { wizard, harness } = await mount('partner-full-admin', 'ru');
    const setup = harness.app.store.setups.get(BERLIN)!;
    harness.app.store.setups.set(BERLIN, {
      ...setup,
      tenantSetup: { at: harness.app.clock.now(), chat: false },
    });
    $<HTMLButtonElement>(wizard, '#tenant-run')!.click();
    // The Russian catalogue loads on first use: the text is waited for, not read at once.
    const expected = 'Webex Contact Center уже настроен.';
    await until(wizard, () => $(wizard, '#tenant-problem')?.textContent === expected, 'the refusal');
    expect($(wizard, '#tenant-problem')!.getAttribute('role')).toBe('alert');
  });

  it.each([
    ['he', "עם צ'אט, מנהל הלקוח חייב לבצע זאת."],
    ['ro', 'Cu chat, un administrator al clientului trebuie să facă acest lucru.'],
  ])('words the chat refusal in %s', async (lang, expected) => {
    const { wizard } = await mount('partner-provisioning-admin', lang);
    checkChat(wizard);
    await until(wizard, () => $(wizard, '#tenant-refusal')?.textContent === expected, `"${expected}"`);
  });
});
