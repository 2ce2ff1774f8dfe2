import { connectRoleChange, exclusiveRoleOf } from '@onramp/domain';
import { targetIn } from '../../glue/actors.js';
import { etag } from '../../handling/access.js';
import { fail, forbidden, type Handler, isFailure } from '../../handling/reply.js';
import type { StoredUser } from '../../store/types.js';
import { storeRoles, userToChange } from '../users-and-admin-roles/changes.js';

/** A Webex Connect role given in Connect, synced back to Control Hub (DOMAIN §1.4, second table). */
export const setUserConnectRole: Handler<'setUserConnectRole'> = (context) => {
  const { store, body } = context;
  const found = userToChange(context, 'view_service');
  if (isFailure(found)) return found;
  const { org, actor, user } = found;
  const result = connectRoleChange(actor, targetIn(store, user, org), body.role);
  if (!result.allowed) return forbidden(result);
  if (store.setups.get(org.id)?.state.status !== 'completed')
    return fail(
      409,
      'setup_not_completed',
      'Webex Connect is provisioned with the contact center: complete the setup first.',
    );
  const updated: StoredUser = {
    ...storeRoles(store, user, org, result.roles),
    addedInConnectAs: body.role,
  };
  store.directory.putUser(updated);
  return {
    status: 200,
    headers: { etag: etag(updated.version) },
    body: {
      userId: updated.id,
      email: updated.email,
      controlHubRole: exclusiveRoleOf(result.roles),
      connectRole: body.role,
      direction: 'connect_to_control_hub',
    },
  };
};
