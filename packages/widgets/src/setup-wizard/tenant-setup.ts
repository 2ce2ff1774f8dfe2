import type { ContactCenterDetails, EffectivePermissions } from '@onramp/contract';
import { tenantSetupChatRefusal } from '@onramp/domain';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { ApiProblem } from '../api/client.js';
import { thrownProblem } from '../base/loader.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { problemMessage } from './problem-message.js';
import type { SetupApi } from './setup-api.js';

type TenantAction = NonNullable<ContactCenterDetails['setUpContactCenter']>;

/**
 * The wizard's follow-up on the 1.0 platform (DOMAIN §1.2, seed 000): "Set up Webex Contact
 * Center", with the chat rule said before the click from the actor's relation (the effective
 * permissions) and the domain's rule; the server keeps the last word.
 */
export class TenantSetupController {
  action?: TenantAction;
  relation?: EffectivePermissions['relation'];
  chat = false;
  busy = false;
  problem?: ApiProblem;
  private loadedFor?: string;

  /** Needs no lifecycle of the host: it re-renders it when its state changes. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly announce: (text: string) => void,
  ) {}

  /** Reads the service details and the actor's relation, once per org. */
  async load(api: SetupApi, orgId: string) {
    if (this.loadedFor === orgId) return;
    this.loadedFor = orgId;
    Object.assign(this, { action: undefined, relation: undefined, problem: undefined, chat: false });
    let details: Awaited<ReturnType<SetupApi['contactCenter']>>;
    let permissions: Awaited<ReturnType<SetupApi['permissions']>>;
    try {
      [details, permissions] = await Promise.all([api.contactCenter(), api.permissions()]);
    } catch (error) {
      // A client that throws: the section's error state, as a load's (base/loader.ts).
      details = permissions = { problem: thrownProblem(error) };
    }
    if (this.loadedFor !== orgId) return; // the wizard moved to another org meanwhile
    this.problem = details.problem ?? permissions.problem;
    this.action = details.data?.setUpContactCenter ?? undefined;
    this.relation = permissions.data?.relation;
    // After a run without chat, what is left to do is adding chat.
    this.chat = !!this.action && !this.action.required && !this.action.chat;
    this.host.requestUpdate();
  }

  setChat(chat: boolean) {
    Object.assign(this, { chat, problem: undefined });
    this.host.requestUpdate();
  }

  /** Why the click would be refused, known before it: chat asked for by a partner admin. */
  get refusal() {
    if (this.relation === undefined) return undefined;
    return tenantSetupChatRefusal(this.relation, this.chat) ?? undefined;
  }

  async run(api: SetupApi, localize: LocalizeController) {
    if (this.busy || this.refusal) return;
    Object.assign(this, { busy: true, problem: undefined });
    this.host.requestUpdate();
    const result = await api.setUpContactCenter(this.chat);
    this.busy = false;
    if (result.problem) this.problem = result.problem;
    else {
      this.action = result.data.setUpContactCenter ?? undefined;
      this.announce(localize.t(this.action?.chat ? 'wizard.tenant.doneChat' : 'wizard.tenant.done'));
    }
    this.host.requestUpdate();
  }
}

/** The section under "Webex Contact Center platform details" on the last step. */
export function tenantSetupSection(
  tenant: TenantSetupController,
  localize: LocalizeController,
  run: () => void,
  disabled: boolean,
) {
  const { action, problem } = tenant;
  if (!action && !problem) return html`<p role="status">${localize.t('common.loading')}</p>`;
  const done = action && !action.required;
  // Once set up with chat, or without it and chat is not the actor's to add, nothing is left to do.
  const offered = action && (action.required || (!action.chat && tenant.relation === 'customer'));
  const refusal = tenant.refusal;
  return html`<section aria-labelledby="tenant-title" id="tenant-setup">
    <h4 id="tenant-title">${localize.t('wizard.tenant.title')}</h4>
    ${done ? html`<p id="tenant-status" tabindex="-1">${localize.t(action.chat ? 'wizard.tenant.doneChat' : 'wizard.tenant.done')}</p>` : nothing}
    ${action?.required ? html`<p part="help">${localize.t('wizard.done.classicNext')}</p>` : nothing}
    ${
      offered
        ? html`<label><input type="checkbox" id="tenant-chat" .checked=${tenant.chat} ?disabled=${tenant.busy || !!done}
              aria-describedby=${refusal ? 'tenant-refusal' : nothing}
              @change=${(event: Event) => tenant.setChat((event.target as HTMLInputElement).checked)}>${localize.t('wizard.tenant.chat')}</label>
          ${refusal ? html`<p part="error" id="tenant-refusal">${localize.t(`reason.${refusal}`)}</p>` : nothing}
          <div part="actions">
            <button part="button primary" id="tenant-run" ?disabled=${disabled || tenant.busy || !!refusal}
              @click=${run}>${localize.t(tenant.busy ? 'wizard.tenant.running' : 'wizard.tenant.run')}</button>
          </div>`
        : nothing
    }
    ${problem ? html`<p part="error" role="alert" id="tenant-problem" tabindex="-1">${problemMessage(localize, problem)}</p>` : nothing}
  </section>`;
}
