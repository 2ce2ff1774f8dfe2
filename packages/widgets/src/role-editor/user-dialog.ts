import type { License, Platform, User } from '@onramp/contract';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { renderNotices } from './notices.js';
import type { Permit } from './permissions.js';
import { ReasonNotes } from './reason-notes.js';
import type { EditableRole } from './role-editor-api.js';
import type { UserEditor } from './user-editor.js';

import { licenseLabel, roleLabel } from './user-list.js';

// Loaded with the dialog's controller on the first user opened (decision 0073).
export { UserEditor } from './user-editor.js';

/** The exclusive choice, in the order admins read it (DOMAIN §2.1: one of these, or none). */
const ROLE_ORDER: EditableRole[] = ['full_admin', 'read_only_admin', 'service_admin', null];

/** A license by the name its platform gives it (decision 0006), or the generic name without one. */
const platformLicenseLabel = (
  localize: LocalizeController,
  platform: Platform | null,
  license: License | null,
) => (platform && license ? localize.t(`license.${platform}.${license}`) : licenseLabel(localize, license));

const keyOf = (value: string | null) => value ?? 'none';

/** The contents of the user dialog: role, license, invitation, and the confirmation of a change. */
export function renderUserDialog(editor: UserEditor, localize: LocalizeController) {
  const { user } = editor;
  if (!user) return nothing;
  // The dialog says each reason once, beside the first control it closes (issue 21).
  const reasons = new ReasonNotes('user', localize);
  return html`<h3 id="editor-title"><bdi>${user.displayName}</bdi></h3>
    <p class="muted"><bdi>${user.email}</bdi> · <bdi>${user.orgName}</bdi> · ${localize.t(`roles.status.${user.status}`)}${user.active ? nothing : html` · <strong>${localize.t('roles.status.deactivated')}</strong>`}</p>
    ${user.relation === 'customer' ? renderDetails(editor, user, localize) : nothing}
    ${renderRoles(editor, user, localize, reasons)} ${renderLicense(editor, user, localize, reasons)}
    ${user.status === 'unverified' ? renderInvite(editor, localize, reasons) : nothing}
    ${user.relation === 'customer' ? renderActivation(editor, user, localize, reasons) : nothing}
    ${user.relation === 'customer' ? renderRemove(editor, localize, reasons) : nothing}
    ${editor.busy ? html`<p role="status">${localize.t('roles.saving')}</p>` : nothing}
    <div aria-live="polite">${renderNotices(editor.notices)}</div>
    ${editor.confirming ? renderConfirm(editor, user, localize) : nothing}
    <div part="actions"><button part="button" class="close" @click=${() => editor.close()}>${localize.t('common.close')}</button></div>`;
}

function renderRoles(editor: UserEditor, user: User, localize: LocalizeController, reasons: ReasonNotes) {
  // The partner's admins hold their role through the partner org (DOMAIN §2.1): shown, never edited here.
  if (user.relation === 'partner')
    return html`<h4>${localize.t('roles.editor.role')}</h4>
      <p>${roleLabel(localize, user.adminRole)}</p>
      <p part="reason" class="reason">${localize.tx('roles.editor.partnerRole', { org: user.orgName })}</p>`;
  const current = user.adminRole === 'provisioning_admin' ? null : user.adminRole;
  const options = ROLE_ORDER.map((role) => {
    const option = editor.options.find((candidate) => candidate.role === role);
    const locked = editor.rolesLocked;
    if (option) return { role, allowed: option.allowed, reason: option.reason };
    return { role, allowed: false, reason: locked?.reason, pending: !locked };
  });
  return html`<fieldset part="fieldset" ?disabled=${editor.busy}>
      <legend>${localize.t('roles.editor.role')}</legend>
      ${options.map(({ role, allowed, reason, pending }) => {
        const id = `role-${keyOf(role)}`;
        const why = !allowed && !pending ? reasons.for(reason) : undefined;
        return html`<div class="choice">
          <label part="choice"><input type="radio" name="role" id=${id} .checked=${editor.role === role}
            ?disabled=${!allowed} aria-describedby=${why?.id ?? nothing}
            @change=${() => editor.choose({ role })} /> ${roleLabel(localize, role)}</label>
          ${why?.note ?? nothing}
        </div>`;
      })}
    </fieldset>
    <button part="button primary" ?disabled=${editor.busy || editor.role === current}
      @click=${() => editor.confirm('role')}>${localize.t('roles.editor.applyRole')}</button>`;
}

function renderLicense(editor: UserEditor, user: User, localize: LocalizeController, reasons: ReasonNotes) {
  if (user.relation !== 'customer')
    return html`<h4>${localize.t('roles.editor.license')}</h4><p class="muted">${localize.t('roles.editor.readOnlyLicense')}</p>`;
  const allowed = editor.licensePermit;
  const offered = editor.licenseOptions ?? [];
  // The platform's options, the license the user holds (it can always be taken away), and none.
  const choices: Array<License | null> = [
    ...offered,
    ...(user.contactCenterLicense && !offered.includes(user.contactCenterLicense)
      ? [user.contactCenterLicense]
      : []),
    null,
  ];
  const platform = editor.platform;
  const note =
    editor.licenseOptions === undefined
      ? nothing
      : html`<p id="license-platform" class="muted">${platform ? localize.t(`roles.license.platform.${platform}`) : localize.t('roles.license.noPlatform')}</p>`;
  const why = allowed.allowed ? undefined : reasons.for(allowed.reason);
  return html`<fieldset part="fieldset" ?disabled=${editor.busy || !allowed.allowed}
      aria-describedby=${why?.id ?? 'license-platform'}>
      <legend>${localize.t('roles.editor.license')}</legend>
      ${why?.note ?? nothing}
      ${note}
      ${choices.map(
        (
          license,
        ) => html`<label part="choice" class="choice"><input type="radio" name="license" id=${`license-${keyOf(license)}`} .checked=${editor.license === license}
          @change=${() => editor.choose({ license })} /> ${platformLicenseLabel(localize, platform, license)}</label>`,
      )}
    </fieldset>
    ${
      allowed.allowed
        ? html`<button part="button primary" ?disabled=${editor.busy || editor.license === user.contactCenterLicense}
      @click=${() => editor.confirm('license')}>${localize.t('roles.editor.applyLicense')}</button>`
        : nothing
    }`;
}

/** First and last name, editable by those allowed `edit_user_details` (decision 0026). */
function renderDetails(editor: UserEditor, user: User, localize: LocalizeController) {
  if (!editor.detailsPermit.allowed) return nothing;
  const save = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    void editor.saveDetails({ firstName: value('firstName'), lastName: value('lastName') });
  };
  return html`<form class="details" @submit=${save}>
    <fieldset part="fieldset" ?disabled=${editor.busy}>
      <legend>${localize.t('roles.editor.details')}</legend>
      <label part="field">${localize.t('roles.editor.firstName')}
        <input name="firstName" maxlength="200" autocomplete="off" .value=${user.firstName} /></label>
      <label part="field">${localize.t('roles.editor.lastName')}
        <input name="lastName" maxlength="200" autocomplete="off" .value=${user.lastName} /></label>
    </fieldset>
    <button part="button" class="details-save" type="submit" ?disabled=${editor.busy}>${localize.t('roles.editor.saveDetails')}</button>
  </form>`;
}

/** Deactivation (confirmed) or activation, for those allowed `activate_user` (DOMAIN §2.1). */
function renderActivation(
  editor: UserEditor,
  user: User,
  localize: LocalizeController,
  reasons: ReasonNotes,
) {
  const allowed = editor.activationPermit;
  const why = allowed.allowed ? undefined : reasons.for(allowed.reason);
  const label = localize.t(user.active ? 'roles.editor.deactivate' : 'roles.editor.activate');
  const act = () => (user.active ? editor.confirm('deactivate') : void editor.activate());
  return html`<p><button part="button" class="activation" ?disabled=${editor.busy || !allowed.allowed}
      aria-describedby=${why?.id ?? nothing} @click=${act}>${label}</button>
    ${why?.note ?? nothing}</p>`;
}

/** Removal is offered to those allowed `remove_user` and always confirmed (DOMAIN §2.1). */
function renderRemove(editor: UserEditor, localize: LocalizeController, reasons: ReasonNotes) {
  const allowed = editor.removePermit;
  const why = allowed.allowed ? undefined : reasons.for(allowed.reason);
  return html`<p><button part="button danger" class="remove" ?disabled=${editor.busy || !allowed.allowed}
      aria-describedby=${why?.id ?? nothing}
      @click=${() => editor.confirm('remove')}>${localize.t('roles.editor.remove')}</button>
    ${why?.note ?? nothing}</p>`;
}

function renderInvite(editor: UserEditor, localize: LocalizeController, reasons: ReasonNotes) {
  const allowed: Permit = editor.invitePermit;
  const why = allowed.allowed ? undefined : reasons.for(allowed.reason);
  return html`<p><button part="button" class="invite" ?disabled=${editor.busy || !allowed.allowed}
      aria-describedby=${why?.id ?? nothing}
      @click=${() => editor.resendInvitation()}>${localize.t('roles.editor.resend')}</button>
    ${why?.note ?? nothing}</p>`;
}

function renderConfirm(editor: UserEditor, user: User, localize: LocalizeController) {
  const name = user.displayName;
  const question =
    editor.confirming === 'role'
      ? localize.tx('roles.confirm.role', { name, role: roleLabel(localize, editor.role) })
      : editor.confirming === 'license'
        ? localize.tx('roles.confirm.license', {
            name,
            license: platformLicenseLabel(localize, editor.platform, editor.license),
          })
        : editor.confirming === 'deactivate'
          ? localize.tx('roles.confirm.deactivate', { name })
          : localize.tx('roles.confirm.remove', { name });
  const apply = () =>
    editor.confirming === 'role'
      ? editor.applyRole()
      : editor.confirming === 'license'
        ? editor.applyLicense()
        : editor.confirming === 'deactivate'
          ? editor.deactivate()
          : editor.remove();
  const label =
    editor.confirming === 'remove'
      ? localize.t('roles.confirm.removeApply')
      : editor.confirming === 'deactivate'
        ? localize.t('roles.confirm.deactivateApply')
        : localize.t('roles.confirm.apply');
  // An external user's full or read-only admin role is never given to them again (role_not_applicable):
  // taking it away is said to be final before it is done.
  const irreversible =
    editor.confirming === 'role' &&
    user.relation === 'external' &&
    (user.adminRole === 'full_admin' || user.adminRole === 'read_only_admin') &&
    editor.role !== user.adminRole;
  return html`<div part="confirm" class="confirm" role="group" aria-labelledby="confirm-question"
      aria-describedby=${irreversible ? 'confirm-warning' : nothing}>
    <p id="confirm-question">${question}</p>
    ${irreversible ? html`<p id="confirm-warning" part="notice warning" class="warning">${localize.tx('roles.confirm.irreversible', { org: user.orgName })}</p>` : nothing}
    <button part="button" class="cancel" @click=${() => editor.confirm(undefined)}>${localize.t('common.cancel')}</button>
    <button part="button primary" ?disabled=${editor.busy} @click=${apply}>${label}</button>
  </div>`;
}
