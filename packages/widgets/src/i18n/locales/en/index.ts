import common from './common.js';
import customerOnboarding from './customer-onboarding.js';
import problems from './problems.js';
import products from './products.js';
import roleEditor from './role-editor.js';
import setupWizard from './setup-wizard.js';
import subscriptionPanel from './subscription-panel.js';

// Every area's English messages together: the source of the `Messages` type (every translation must
// have exactly these keys, a type error if not) and of `loadMessages('en')`. No widget imports this
// module at run time: each component loads only the areas it uses (`src/i18n/catalogues/`,
// decisions/0011), so an entry ships only its own English text.
const en = {
  ...common,
  ...products,
  ...problems,
  ...roleEditor,
  ...setupWizard,
  ...subscriptionPanel,
  ...customerOnboarding,
} as const;

export default en;
