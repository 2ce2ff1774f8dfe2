import type { Messages } from '../../types.js';
import common from './common.js';
import customerOnboarding from './customer-onboarding.js';
import products from './products.js';
import rateLimit from './rate-limit.js';
import roleEditor from './role-editor.js';
import setupWizard from './setup-wizard.js';
import subscriptionPanel from './subscription-panel.js';

const ru: Messages = {
  ...common,
  ...products,
  ...rateLimit,
  ...roleEditor,
  ...setupWizard,
  ...subscriptionPanel,
  ...customerOnboarding,
};

export default ru;
