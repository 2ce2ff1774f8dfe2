import type { Messages } from '../../types.js';
import common from './common.js';
import customerOnboarding from './customer-onboarding.js';
import problems from './problems.js';
import products from './products.js';
import roleEditor from './role-editor.js';
import setupWizard from './setup-wizard.js';
import subscriptionPanel from './subscription-panel.js';

const he: Messages = {
  ...common,
  ...products,
  ...problems,
  ...roleEditor,
  ...setupWizard,
  ...subscriptionPanel,
  ...customerOnboarding,
};

export default he;
