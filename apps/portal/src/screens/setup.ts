import '@onramp/widgets/setup-wizard.js';
import { h } from '../dom.js';
import { customerScreen, customerWidget } from './customer-screen.js';

/** The services setup wizard for the selected customer; the permission rules come from the server. */
export const renderSetup = customerScreen('setup.title', 'setup.prompt', (orgId, context) =>
  customerWidget('onramp-setup-wizard', orgId, context, (wizard) => {
    // Listeners outlive one render (the wizard is kept): they act through the shell, not a screen.
    wizard.addEventListener('onramp-setup-close', () => context.show('customers'));
    wizard.addEventListener('onramp-setup-complete', () => {
      wizard.nextElementSibling?.classList.contains('notice') ||
        wizard.after(h('p', { class: 'notice', role: 'status' }, context.t('setup.done')));
    });
  }),
);
