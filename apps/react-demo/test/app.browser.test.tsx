// The React demo in real Chromium against the in-page mock (Vitest serves the page, so the service
// worker is not used: the app gets the mock's fetch, the same core and handlers).
import { createMockApp, createMockFetch, WORLD } from '@onramp/mock-server';
import {
  OnrampRoleChangeEvent,
  OnrampSetupRequestedEvent,
  OnrampSetupStepChangeEvent,
} from '@onramp/widgets';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../src/App.js';
import type { WidgetEvent } from '../src/describe-event.js';
import { buttonLabelled, choose, find, textOf, until } from './harness.js';

const BASE_URL = 'http://onramp.test/v1';

let container: HTMLElement;
let root: Root;

async function start() {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const fetch = createMockFetch({ baseUrl: BASE_URL, app: createMockApp({ speed: 0 }) });
  const onWidgetEvent = vi.fn<(event: WidgetEvent) => void>();
  flushSync(() => root.render(<App baseUrl={BASE_URL} fetch={fetch} onWidgetEvent={onWidgetEvent} />));
  const editor = container.querySelector('onramp-role-editor')!;
  await until(() => textOf(editor).includes('Carla Customer'), 'the users of Berlin Bakery', editor);
  return { editor, onWidgetEvent, fetch };
}

const select = (label: string) => {
  const found = [...container.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label));
  return found!.querySelector('select')!;
};
const eventLog = () => [...container.querySelectorAll('.events li')].map((li) => li.textContent);

afterEach(async () => {
  flushSync(() => root.unmount());
  container.remove();
});

describe('the React demo embedding the widgets through @onramp/react', () => {
  it('renders the role editor with the props React passes (client, org id, locale)', async () => {
    const { editor } = await start();
    expect(editor.orgId).toBe(WORLD.provisionedCustomer);
    expect(editor.lang).toBe('en');
    expect(editor.client).toBeTypeOf('object');
    expect(editor.hasAttribute('client')).toBe(false);
    expect(textOf(find(editor, '#title'))).toBe('Users and administrators');
    expect(textOf(editor)).toContain('15 users'); // its users and external admins, and its partner's 3 admins
  });

  it("a role change made in the widget reaches React's onRoleChange with the typed event", async () => {
    const { editor, onWidgetEvent } = await start();
    const anna = [...editor.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.name')].find(
      (b) => b.textContent === 'Anna Schmidt',
    )!;
    anna.click();
    await until(() => find<HTMLDialogElement>(editor, 'dialog').open, 'the user dialog', editor);
    await until(() => !find<HTMLInputElement>(editor, '#role-full_admin').disabled, 'role choices', editor);
    find<HTMLInputElement>(editor, '#role-full_admin').click();
    await until(() => !buttonLabelled(editor, 'Change role').disabled, '"Change role"', editor);
    buttonLabelled(editor, 'Change role').click();
    await until(() => !!editor.shadowRoot!.querySelector('[part="confirm"]'), 'the confirmation', editor);
    buttonLabelled(editor, 'Apply').click();
    await until(() => onWidgetEvent.mock.calls.length > 0, 'the handler', editor);

    const event = onWidgetEvent.mock.calls[0]![0];
    expect(event).toBeInstanceOf(OnrampRoleChangeEvent);
    const change = event as OnrampRoleChangeEvent;
    expect([change.orgId, change.previousRole, change.role]).toEqual([
      WORLD.provisionedCustomer,
      null,
      'full_admin',
    ]);
    await until(() => eventLog().length === 1, 'the log to render');
    expect(eventLog()).toEqual([`onramp-role-change: ${change.userId} none → full_admin`]);
  });

  it('the setup prompt opens the wizard from React state, and a wizard step reaches onSetupStepChange', async () => {
    const { onWidgetEvent } = await start();
    const prompt = container.querySelector('onramp-setup-prompt')!;
    await until(() => textOf(prompt).includes('Yes'), 'the prompt', prompt);
    buttonLabelled(prompt, 'Yes').click();
    expect(onWidgetEvent.mock.calls[0]![0]).toBeInstanceOf(OnrampSetupRequestedEvent);
    await until(
      () => !!container.querySelector('onramp-setup-wizard'),
      'React to swap the prompt for the wizard',
    );
    expect(container.querySelector('onramp-setup-prompt')).toBeNull();

    const wizard = container.querySelector('onramp-setup-wizard')!;
    expect(wizard.orgId).toBe(WORLD.trialCustomer);
    await until(() => !!wizard.shadowRoot?.querySelector('#step-heading'), 'the first step', wizard);
    const first = textOf(find(wizard, '#step-heading'));
    const idle = () => ![...wizard.shadowRoot!.querySelectorAll('button')].some((b) => b.disabled);
    await until(idle, 'the step to settle', wizard);
    find<HTMLButtonElement>(wizard, '[part="base"] button[part~="primary"]').click();
    await until(() => onWidgetEvent.mock.calls.length === 2, 'the step change', wizard);
    const step = onWidgetEvent.mock.calls[1]![0];
    expect(step).toBeInstanceOf(OnrampSetupStepChangeEvent);
    expect(textOf(find(wizard, '#step-heading'))).not.toBe(first);
    await until(() => eventLog().length === 2, 'the log to render');
    expect(eventLog()[1]).toBe(`onramp-setup-step-change: ${(step as OnrampSetupStepChangeEvent).step}`);
  });

  it('re-renders the widget when React changes its props (locale, then actor, then org)', async () => {
    const { editor } = await start();
    const title = () => textOf(find(editor, '#title'));
    const english = title();

    choose(select('Language'), 'he');
    await until(() => editor.lang === 'he', 'the lang prop', editor);
    await until(() => find(editor, '[part="base"]').getAttribute('dir') === 'rtl', 'Hebrew', editor);
    expect(title()).not.toBe(english);

    choose(select('Language'), 'en');
    await until(() => title() === english, 'English again', editor);

    // Another actor: a new client from React, and the widget reloads with that actor's permissions.
    choose(select('Signed in as'), 'customer-read-only-admin');
    const refusal =
      'A read-only admin of the customer organization has no access to the contact-center service.';
    await until(() => textOf(editor).includes(refusal), "the read-only admin's view", editor);
    expect(textOf(editor)).not.toContain('Carla Customer');

    choose(select('Signed in as'), 'partner-full-admin');
    await until(() => textOf(editor).includes('Carla Customer'), "the partner's view", editor);

    choose(select('Customer org'), WORLD.trialCustomer);
    await until(() => editor.orgId === WORLD.trialCustomer, 'the orgId prop', editor);
    await until(() => textOf(editor).includes('John Anderson'), "John's Pizza's users", editor);
  });
});
