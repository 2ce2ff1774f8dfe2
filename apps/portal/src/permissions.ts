import type { Action, EffectivePermissions } from '@onramp/contract';
import type { OnrampClient } from '@onramp/sdk';
import { call } from './api.js';
import type { ScreenContext } from './context.js';
import { h } from './dom.js';
import { en, type MessageKey } from './i18n/index.js';

// The actor's effective permissions on an org (`GET /organizations/{orgId}/permissions`, the domain's
// decisions): a screen hides or disables what the server would refuse and says why, once, before
// anyone fills a form. One answer per client and org; the server still has the last word.
const answers = new WeakMap<OnrampClient, Map<string, Promise<EffectivePermissions | undefined>>>();
/** The answers already in, for a re-render that must not wait a tick (a language switch keeps the form). */
const settled = new WeakMap<OnrampClient, Map<string, EffectivePermissions>>();

/** The permissions if they have arrived already, else undefined (then use `loadPermissions`). */
export const knownPermissions = (client: OnrampClient, orgId: string) => settled.get(client)?.get(orgId);

export function loadPermissions(
  client: OnrampClient,
  orgId: string,
): Promise<EffectivePermissions | undefined> {
  const byOrg = answers.get(client) ?? new Map<string, Promise<EffectivePermissions | undefined>>();
  answers.set(client, byOrg);
  let answer = byOrg.get(orgId);
  if (!answer) {
    answer = call(client.permissions.effective(orgId)).then((result) => {
      if (result.problem) byOrg.delete(orgId);
      else {
        if (!settled.has(client)) settled.set(client, new Map());
        settled.get(client)!.set(orgId, result.data);
      }
      return result.data;
    });
    byOrg.set(orgId, answer);
  }
  return answer;
}

/** Why `action` is refused, as a catalogue key; undefined when allowed or not known. */
export function refusalOf(
  permissions: EffectivePermissions | undefined,
  action: Action,
): MessageKey | undefined {
  const entry = permissions?.actions.find((candidate) => candidate.action === action);
  if (!entry || entry.allowed) return undefined;
  const key = `reason.${entry.reason ?? 'insufficient_role'}`;
  return key in en ? (key as MessageKey) : 'problem.forbidden';
}

/** The one line a screen shows instead of (or above) what the actor may not do. */
export const refusalNotice = (context: ScreenContext, reason: MessageKey) =>
  h('p', { class: 'notice', id: 'not-allowed' }, context.t(reason));

/** The actor's permissions on their own org (partner actions: trials, orders, wholesale). */
export const ownPermissions = (context: ScreenContext) =>
  context.me ? loadPermissions(context.client, context.me.orgId) : Promise.resolve(undefined);
