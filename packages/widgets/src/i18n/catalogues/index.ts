import { loadCatalogue } from '../catalogue.js';
import type { Messages, SupportedLocale } from '../types.js';
import { commonCatalogue } from './common.js';
import { customerOnboardingCatalogue } from './customer-onboarding.js';
import { problemsCatalogue } from './problems.js';
import { productsCatalogue } from './products.js';
import { roleEditorCatalogue } from './role-editor.js';
import { setupWizardCatalogue } from './setup-wizard.js';
import { subscriptionPanelCatalogue } from './subscription-panel.js';

/**
 * Every area, for the package's main entry and the tests. A widget entry never imports this module:
 * a component lists the areas it uses in `static catalogues` (decisions/0011).
 */
export const allCatalogues = [
  commonCatalogue,
  productsCatalogue,
  problemsCatalogue,
  roleEditorCatalogue,
  setupWizardCatalogue,
  subscriptionPanelCatalogue,
  customerOnboardingCatalogue,
] as const;

/** Every message of a locale (all areas), loading the areas not loaded yet. */
export async function loadMessages(locale: SupportedLocale): Promise<Messages> {
  const areas = await Promise.all(allCatalogues.map((catalogue) => loadCatalogue(catalogue, locale)));
  return Object.assign({}, ...areas) as Messages;
}
