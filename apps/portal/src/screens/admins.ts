import '@onramp/widgets/role-editor.js';
import { customerScreen, customerWidget } from './customer-screen.js';

/** Users, admin roles and contact-center licenses of the selected customer (the role editor). */
export const renderAdmins = customerScreen('admins.title', 'admins.prompt', (orgId, context) =>
  customerWidget('onramp-role-editor', orgId, context),
);
