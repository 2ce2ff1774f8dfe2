import common from './common.js';
import customerOnboarding from './customer-onboarding.js';
import roleEditor from './role-editor.js';
import setupWizard from './setup-wizard.js';
import subscriptionPanel from './subscription-panel.js';

// The source catalogue: one module per component area, so components add their strings without
// touching each other's files. Every translation must have exactly these keys (a type error if not).
const en = { ...common, ...roleEditor, ...setupWizard, ...subscriptionPanel, ...customerOnboarding } as const;

export default en;
