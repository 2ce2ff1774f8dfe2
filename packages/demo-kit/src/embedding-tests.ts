// The journeys every framework demo must pass, whatever the framework: each demo's test file
// mounts its app and says how it names its handlers and bindings; the steps and checks are here.
import { WORLD } from '@onramp/mock-server';
import {
  OnrampRoleChangeEvent,
  OnrampSetupRequestedEvent,
  OnrampSetupStepChangeEvent,
} from '@onramp/widgets';
import { expect, it, type Mock } from 'vitest';
import { buttonLabelled, choose, find, textOf, until } from './harness.js';

/** A demo app mounted in the page, with the role editor showing Berlin Bakery's users. */
export interface MountedDemo {
  container: HTMLElement;
  editor: HTMLElementTagNameMap['onramp-role-editor'];
  /** Called with every widget event the app hears, in order. */
  onWidgetEvent: Mock<(event: Event) => void>;
}

/** How a demo says things: its framework's name and the words for its handlers and bindings. */
export interface EmbeddingWords {
  /** "React", "Vue". */
  framework: string;
  /** What hears a role change: "React's onRoleChange", "the @onramp-role-change listener". */
  roleChangeHandler: string;
  /** What hears a wizard step: "onSetupStepChange", "@onramp-setup-step-change". */
  stepChangeHandler: string;
  /** "props", "bindings". */
  bindings: string;
}

/** Waits for the role editor to list Berlin Bakery's users (what every demo shows first). */
export async function untilUsersShown(editor: HTMLElement): Promise<void> {
  await until(() => textOf(editor).includes('Carla Customer'), 'the users of Berlin Bakery', editor);
}

/**
 * The shared journeys, as `it` blocks inside the caller's `describe`. `start` mounts a fresh app
 * (the caller unmounts it in `afterEach`).
 */
export function embeddingTests(words: EmbeddingWords, start: () => Promise<MountedDemo>): void {
  const { framework } = words;
  const select = (container: HTMLElement, label: string) => {
    const found = [...container.querySelectorAll('label')].find((l) =>
      l.textContent?.trim().startsWith(label),
    );
    const control = found?.querySelector('select');
    if (!control) throw new Error(`no select labelled "${label}" in the demo`);
    return control;
  };
  const eventLog = (container: HTMLElement) =>
    [...container.querySelectorAll('.events li')].map((li) => li.textContent);

  it(`renders the role editor with the ${words.bindings} ${framework} passes (client as a DOM property, org id, lang)`, async () => {
    const { editor } = await start();
    expect(editor.orgId).toBe(WORLD.provisionedCustomer);
    expect(editor.lang).toBe('en');
    expect(editor.client).toBeTypeOf('object');
    expect(editor.hasAttribute('client')).toBe(false);
    expect(textOf(find(editor, '#title'))).toBe('Users and administrators');
    expect(textOf(editor)).toContain('15 users'); // its users and external admins, and its partner's 3 admins
  });

  it(`a role change made in the widget reaches ${words.roleChangeHandler} with the typed event`, async () => {
    const { container, editor, onWidgetEvent } = await start();
    const anna = [...(editor.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.name') ?? [])].find(
      (b) => b.textContent === 'Anna Schmidt',
    );
    if (!anna) throw new Error(`no Anna Schmidt in the role editor: ${textOf(editor).slice(0, 600)}`);
    anna.click();
    await until(() => find<HTMLDialogElement>(editor, 'dialog').open, 'the user dialog', editor);
    await until(() => !find<HTMLInputElement>(editor, '#role-full_admin').disabled, 'role choices', editor);
    find<HTMLInputElement>(editor, '#role-full_admin').click();
    await until(() => !buttonLabelled(editor, 'Change role').disabled, '"Change role"', editor);
    buttonLabelled(editor, 'Change role').click();
    await until(() => !!editor.shadowRoot?.querySelector('[part="confirm"]'), 'the confirmation', editor);
    buttonLabelled(editor, 'Apply').click();
    await until(() => onWidgetEvent.mock.calls.length > 0, words.roleChangeHandler, editor);

    const event = onWidgetEvent.mock.calls[0]?.[0];
    expect(event).toBeInstanceOf(OnrampRoleChangeEvent);
    const change = event as OnrampRoleChangeEvent;
    expect([change.orgId, change.previousRole, change.role]).toEqual([
      WORLD.provisionedCustomer,
      null,
      'full_admin',
    ]);
    await until(() => eventLog(container).length === 1, 'the log to render');
    expect(eventLog(container)).toEqual([`onramp-role-change: ${change.userId} none → full_admin`]);
  });

  it(`the setup prompt opens the wizard from ${framework} state, and a wizard step reaches ${words.stepChangeHandler}`, async () => {
    const { container, onWidgetEvent } = await start();
    const prompt = container.querySelector('onramp-setup-prompt');
    if (!prompt) throw new Error('no setup prompt in the demo');
    await until(() => textOf(prompt).includes('Yes'), 'the prompt', prompt);
    buttonLabelled(prompt, 'Yes').click();
    expect(onWidgetEvent.mock.calls[0]?.[0]).toBeInstanceOf(OnrampSetupRequestedEvent);
    await until(
      () => !!container.querySelector('onramp-setup-wizard'),
      `${framework} to swap the prompt for the wizard`,
    );
    expect(container.querySelector('onramp-setup-prompt')).toBeNull();

    const wizard = container.querySelector('onramp-setup-wizard');
    if (!wizard) throw new Error('no setup wizard in the demo');
    expect(wizard.orgId).toBe(WORLD.trialCustomer);
    await until(() => !!wizard.shadowRoot?.querySelector('#step-heading'), 'the first step', wizard);
    const first = textOf(find(wizard, '#step-heading'));
    const idle = () => ![...(wizard.shadowRoot?.querySelectorAll('button') ?? [])].some((b) => b.disabled);
    await until(idle, 'the step to settle', wizard);
    find<HTMLButtonElement>(wizard, '[part="base"] button[part~="primary"]').click();
    await until(() => onWidgetEvent.mock.calls.length === 2, 'the step change', wizard);
    const step = onWidgetEvent.mock.calls[1]?.[0];
    expect(step).toBeInstanceOf(OnrampSetupStepChangeEvent);
    expect(textOf(find(wizard, '#step-heading'))).not.toBe(first);
    await until(() => eventLog(container).length === 2, 'the log to render');
    expect(eventLog(container)[1]).toBe(
      `onramp-setup-step-change: ${(step as OnrampSetupStepChangeEvent).step}`,
    );
  });

  it(`re-renders the widget when ${framework} changes its ${words.bindings} (locale, then actor, then org)`, async () => {
    const { container, editor } = await start();
    const title = () => textOf(find(editor, '#title'));
    const english = title();

    choose(select(container, 'Language'), 'he');
    await until(() => editor.lang === 'he', 'the locale', editor);
    await until(() => find(editor, '[part="base"]').getAttribute('dir') === 'rtl', 'Hebrew', editor);
    expect(title()).not.toBe(english);

    choose(select(container, 'Language'), 'en');
    await until(() => title() === english, 'English again', editor);

    // Another actor: a new client from the app, and the widget reloads with that actor's permissions.
    choose(select(container, 'Signed in as'), 'customer-read-only-admin');
    const refusal =
      'A read-only admin of the customer organization has no access to the contact-center service.';
    await until(() => textOf(editor).includes(refusal), "the read-only admin's view", editor);
    expect(textOf(editor)).not.toContain('Carla Customer');

    choose(select(container, 'Signed in as'), 'partner-full-admin');
    await until(() => textOf(editor).includes('Carla Customer'), "the partner's view", editor);

    choose(select(container, 'Customer org'), WORLD.trialCustomer);
    await until(() => editor.orgId === WORLD.trialCustomer, 'the org id', editor);
    await until(() => textOf(editor).includes('John Anderson'), "John's Pizza's users", editor);
  });
}
