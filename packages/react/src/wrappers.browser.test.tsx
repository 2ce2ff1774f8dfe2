// Every wrapper in real Chromium: it renders the real custom element, sets object props as
// properties, and calls each typed handler prop with the widget's own event instance.
import {
  OnrampCustomerAcceptedEvent,
  OnrampLicenseChangeEvent,
  OnrampRoleChangeEvent,
  OnrampSetupCloseEvent,
  OnrampSetupCompleteEvent,
  OnrampSetupRequestedEvent,
  OnrampSetupStepChangeEvent,
  OnrampSetupSubmitEvent,
  OnrampSubscriptionStatusChangeEvent,
  OnrampUserAddedEvent,
  OnrampUserRemovedEvent,
  OnrampUsersImportedEvent,
} from '@onramp/widgets';
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CustomerOnboarding,
  RoleEditor,
  SetupPrompt,
  SetupWizard,
  StatusBadge,
  SubscriptionPanel,
} from './index.js';

let container: HTMLElement | undefined;
let root: Root | undefined;

function render(element: ReactElement) {
  if (!container) {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  }
  flushSync(() => root!.render(element));
}

function mounted<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
  const element = container?.querySelector(tag);
  if (!element) throw new Error(`<${tag}> was not rendered: ${container?.innerHTML}`);
  return element;
}

afterEach(() => {
  flushSync(() => root?.unmount());
  container?.remove();
  container = root = undefined;
});

// A client is an object: it must arrive as a property (an attribute would be "[object Object]").
// This one never answers (every resource method returns a pending promise): the wrappers are under
// test here, not the calls, and a widget must not fail on a client that is still waiting.
const pending = () => new Promise<never>(() => {});
const client = new Proxy({}, { get: () => new Proxy({}, { get: () => pending }) }) as NonNullable<
  import('@onramp/widgets').OnrampRoleEditor['client']
>;

describe('the @onramp/react wrappers', () => {
  it('RoleEditor: props as properties, and all five event props with the event classes', () => {
    const handlers = {
      onRoleChange: vi.fn(),
      onLicenseChange: vi.fn(),
      onUserAdded: vi.fn(),
      onUserRemoved: vi.fn(),
      onUsersImported: vi.fn(),
    };
    render(<RoleEditor client={client} orgId="org-1" searchDelay={0} lang="he" {...handlers} />);
    const editor = mounted('onramp-role-editor');
    expect(editor.client).toBe(client);
    expect(editor.orgId).toBe('org-1');
    expect(editor.searchDelay).toBe(0);
    expect(editor.lang).toBe('he');
    expect(editor.hasAttribute('client')).toBe(false);

    const user = { id: 'user-2' } as OnrampUserAddedEvent['user'];
    const report = { counts: { changed: 1 } } as unknown as OnrampUsersImportedEvent['report'];
    const events = {
      onRoleChange: new OnrampRoleChangeEvent('org-1', 'user-1', 'full_admin', null),
      onLicenseChange: new OnrampLicenseChangeEvent('org-1', 'user-1', 'cc_premium', 'cc_standard'),
      onUserAdded: new OnrampUserAddedEvent('org-1', user),
      onUserRemoved: new OnrampUserRemovedEvent('org-1', 'user-2', 'u2@example.com'),
      onUsersImported: new OnrampUsersImportedEvent('org-1', report),
    };
    for (const [prop, event] of Object.entries(events)) {
      editor.dispatchEvent(event);
      expect(handlers[prop as keyof typeof handlers]).toHaveBeenCalledExactlyOnceWith(event);
    }
  });

  it('re-renders with new props and swaps handlers without leaving the old one attached', () => {
    const first = vi.fn();
    const second = vi.fn();
    render(<RoleEditor orgId="org-1" onRoleChange={first} />);
    const editor = mounted('onramp-role-editor');
    render(<RoleEditor orgId="org-2" token="customer-full-admin" onRoleChange={second} />);
    expect(mounted('onramp-role-editor')).toBe(editor);
    expect(editor.orgId).toBe('org-2');
    expect(editor.token).toBe('customer-full-admin');
    editor.dispatchEvent(new OnrampRoleChangeEvent('org-2', 'u', null, 'read_only_admin'));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();

    render(<RoleEditor orgId="org-2" />);
    editor.dispatchEvent(new OnrampRoleChangeEvent('org-2', 'u', null, 'read_only_admin'));
    expect(second).toHaveBeenCalledOnce();
  });

  it('SetupWizard: all four events', () => {
    const handlers = {
      onSetupStepChange: vi.fn(),
      onSetupSubmit: vi.fn(),
      onSetupComplete: vi.fn(),
      onSetupClose: vi.fn(),
    };
    render(<SetupWizard orgId="org-1" baseUrl="http://onramp.test/v1" pollInterval={50} {...handlers} />);
    const wizard = mounted('onramp-setup-wizard');
    expect([wizard.orgId, wizard.baseUrl, wizard.pollInterval]).toEqual([
      'org-1',
      'http://onramp.test/v1',
      50,
    ]);
    const events = {
      onSetupStepChange: new OnrampSetupStepChangeEvent('country'),
      onSetupSubmit: new OnrampSetupSubmitEvent('org-1'),
      onSetupComplete: new OnrampSetupCompleteEvent('org-1', null),
      onSetupClose: new OnrampSetupCloseEvent('org-1'),
    };
    for (const [prop, event] of Object.entries(events)) {
      wizard.dispatchEvent(event);
      expect(handlers[prop as keyof typeof handlers]).toHaveBeenCalledExactlyOnceWith(event);
    }
  });

  it('SetupPrompt: onSetupRequested and onSetupClose', () => {
    const onSetupRequested = vi.fn();
    const onSetupClose = vi.fn();
    render(
      <SetupPrompt
        kind="order"
        orgId="org-9"
        onSetupRequested={onSetupRequested}
        onSetupClose={onSetupClose}
      />,
    );
    const prompt = mounted('onramp-setup-prompt');
    expect([prompt.kind, prompt.orgId]).toEqual(['order', 'org-9']);
    const requested = new OnrampSetupRequestedEvent('org-9');
    const close = new OnrampSetupCloseEvent('org-9');
    prompt.dispatchEvent(requested);
    prompt.dispatchEvent(close);
    expect(onSetupRequested).toHaveBeenCalledExactlyOnceWith(requested);
    expect(onSetupClose).toHaveBeenCalledExactlyOnceWith(close);
  });

  it('SubscriptionPanel: onSubscriptionStatusChange', () => {
    const onSubscriptionStatusChange = vi.fn();
    render(
      <SubscriptionPanel
        client={client}
        orgId="org-1"
        customerId="ext-1"
        onSubscriptionStatusChange={onSubscriptionStatusChange}
      />,
    );
    const panel = mounted('onramp-subscription-panel');
    expect(panel.client).toBe(client);
    expect(panel.customerId).toBe('ext-1');
    const event = new OnrampSubscriptionStatusChangeEvent('ext-1', 'provisioned', 'provisioning');
    panel.dispatchEvent(event);
    expect(onSubscriptionStatusChange).toHaveBeenCalledExactlyOnceWith(event);
  });

  it('CustomerOnboarding: onCustomerAccepted', async () => {
    const onCustomerAccepted = vi.fn();
    render(<CustomerOnboarding client={client} theme="dark" onCustomerAccepted={onCustomerAccepted} />);
    const onboarding = mounted('onramp-customer-onboarding');
    await onboarding.updateComplete;
    expect(onboarding.client).toBe(client);
    expect(onboarding.getAttribute('theme')).toBe('dark'); // reflected by the element after its update
    const event = new OnrampCustomerAcceptedEvent('c-1', '/v1/wholesale/customers/c-1');
    onboarding.dispatchEvent(event);
    expect(onCustomerAccepted).toHaveBeenCalledExactlyOnceWith(event);
  });

  it('StatusBadge: tone and children into its slot', async () => {
    render(<StatusBadge tone="success">Ready</StatusBadge>);
    const badge = mounted('onramp-status-badge');
    await badge.updateComplete;
    expect(badge.tone).toBe('success');
    expect(badge.textContent).toBe('Ready');
    expect(badge.getAttribute('tone')).toBe('success');
  });
});
