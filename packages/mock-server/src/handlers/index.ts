import type { operations } from '@onramp/contract';
import type { Handler } from '../handling/reply.js';
import { getSubscriptions } from './account/account.js';
import {
  listCatalogCountries,
  listCatalogPackages,
  listCatalogTelephonyOptions,
  listCatalogTimeZones,
} from './catalog/catalog.js';
import { setUserConnectRole } from './monitoring/connect-role.js';
import { getDigitalServices, getServiceStatus } from './monitoring/services.js';
import {
  acceptOnboardingTerms,
  activateConnect,
  getOnboarding,
  resendConnectInvitation,
  setOnboardingPassword,
  startOnboarding,
} from './onboarding/onboarding.js';
import {
  getEffectivePermissions,
  getMe,
  getOrganization,
  listOrganizations,
} from './organizations/handlers.js';
import {
  confirmSetupCountry,
  getSetup,
  saveSetupCountry,
  saveSetupCurrentStep,
  saveSetupPlatform,
  saveSetupTelephony,
  saveSetupTimeZone,
  submitSetup,
} from './services-setup/commands.js';
import { getContactCenter, setUpContactCenter } from './services-setup/contact-center.js';
import { getSetupOrderSummary } from './services-setup/order-summary.js';
import { mapOrder } from './trials-and-orders/map-order.js';
import { getTrial, listOrders, startTrial } from './trials-and-orders/trials-and-orders.js';
import { getUserImportTemplate, importUsers } from './users-and-admin-roles/import.js';
import { getUser, getUserRoleOptions, listUsers } from './users-and-admin-roles/read.js';
import {
  addExternalAdmin,
  addUser,
  removeUser,
  resendUserInvitation,
  setUserActivation,
  setUserAdminRole,
  setUserLicense,
  updateUser,
} from './users-and-admin-roles/write.js';
import { wholesaleHandlers } from './wholesale-provisioning/index.js';

/**
 * Every operation of the contract, by operationId. The type demands one handler per operation
 * with the operation's own request and response types: a missing or drifting handler does not
 * compile (the guarantee openapi-msw gives, decisions/0004).
 */
export const handlers: { [Op in keyof operations]: { handle: Handler<Op> } } = {
  ...wholesaleHandlers,
  getMe: { handle: getMe },
  listOrganizations: { handle: listOrganizations },
  getOrganization: { handle: getOrganization },
  getEffectivePermissions: { handle: getEffectivePermissions },
  startTrial: { handle: startTrial },
  getTrial: { handle: getTrial },
  listOrders: { handle: listOrders },
  mapOrder: { handle: mapOrder },
  getOnboarding: { handle: getOnboarding },
  startOnboarding: { handle: startOnboarding },
  setOnboardingPassword: { handle: setOnboardingPassword },
  acceptOnboardingTerms: { handle: acceptOnboardingTerms },
  activateConnect: { handle: activateConnect },
  resendConnectInvitation: { handle: resendConnectInvitation },
  getSetup: { handle: getSetup },
  saveSetupCurrentStep: { handle: saveSetupCurrentStep },
  saveSetupCountry: { handle: saveSetupCountry },
  confirmSetupCountry: { handle: confirmSetupCountry },
  saveSetupTimeZone: { handle: saveSetupTimeZone },
  saveSetupPlatform: { handle: saveSetupPlatform },
  saveSetupTelephony: { handle: saveSetupTelephony },
  submitSetup: { handle: submitSetup },
  getSetupOrderSummary: { handle: getSetupOrderSummary },
  getContactCenter: { handle: getContactCenter },
  setUpContactCenter: { handle: setUpContactCenter },
  listCatalogCountries: { handle: listCatalogCountries },
  listCatalogTimeZones: { handle: listCatalogTimeZones },
  listCatalogTelephonyOptions: { handle: listCatalogTelephonyOptions },
  listCatalogPackages: { handle: listCatalogPackages },
  listUsers: { handle: listUsers },
  addUser: { handle: addUser },
  getUserImportTemplate: { handle: getUserImportTemplate },
  importUsers: { handle: importUsers },
  getUser: { handle: getUser },
  removeUser: { handle: removeUser },
  updateUser: { handle: updateUser },
  setUserActivation: { handle: setUserActivation },
  setUserConnectRole: { handle: setUserConnectRole },
  resendUserInvitation: { handle: resendUserInvitation },
  setUserLicense: { handle: setUserLicense },
  setUserAdminRole: { handle: setUserAdminRole },
  getUserRoleOptions: { handle: getUserRoleOptions },
  addExternalAdmin: { handle: addExternalAdmin },
  getSubscriptions: { handle: getSubscriptions },
  getServiceStatus: { handle: getServiceStatus },
  getDigitalServices: { handle: getDigitalServices },
};
