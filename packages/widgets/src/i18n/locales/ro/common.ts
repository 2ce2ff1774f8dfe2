import { plural } from '../../plural.js';
import type { Messages } from '../../types.js';
import type source from '../en/common.js';

// Shared by every component that talks to the service: states, errors, refusals.
const messages: Pick<Messages, keyof typeof source> = {
  'common.loading': 'Se încarcă…',
  'common.retry': 'Încercați din nou',
  'common.close': 'Închideți',
  'common.cancel': 'Anulați',
  'common.error': 'A apărut o eroare.',
  'common.errorWithTracking': (p) => `A apărut o eroare. Referință: ${p.trackingId}.`,
  'common.offline': 'Serviciul nu a putut fi contactat. Verificați conexiunea și încercați din nou.',
  'common.forbidden': 'Serviciul a refuzat această acțiune administratorului conectat.',
  // Why the rules refuse an action (the contract's DenialReason): every widget words a 403 with it.
  'reason.no_relation': 'Organizația dvs. nu are nicio relație cu această organizație client.',
  'reason.role_not_applicable':
    'Acest rol de administrator nu poate fi deținut de un utilizator al acestei organizații.',
  'reason.read_only': 'Administratorii doar citire pot vedea, dar nu pot modifica nimic.',
  'reason.read_only_no_service_access':
    'Un administrator doar citire al organizației client nu are acces la serviciul contact center.',
  'reason.standard_license_agent_only':
    'Un administrator complet cu licență Contact Center Standard se poate conecta doar la Agent Desktop.',
  'reason.user_management_not_allowed':
    'Administratorii de serviciu și de provizionare nu pot adăuga, elimina, activa sau dezactiva utilizatori.',
  'reason.insufficient_role': 'Rolul dvs. de administrator nu permite acest lucru.',
  'reason.service_admin_assigns_only_service_admin':
    'Un administrator al serviciului contact center poate atribui sau revoca doar rolul de administrator al serviciului.',
  'reason.external_service_admin_customer_users_only':
    'Un administrator extern al serviciului poate atribui rolul doar utilizatorilor organizației client.',
  'reason.target_org_has_contact_center': 'Organizația utilizatorului are deja serviciul contact center.',
  'reason.target_partner_has_provisioning_access':
    'Organizația utilizatorului este un partener cu acces de provizionare la acest client.',
  'reason.role_exclusive':
    'Un utilizator poate deține doar unul dintre rolurile administrator complet, de serviciu sau doar citire.',
  'reason.last_full_admin': 'Ultimul administrator complet al organizației nu poate pierde rolul.',
  'reason.admin_package_downgrade':
    'Pachetul administratorului complet al clientului nu poate fi retrogradat.',
  'reason.setup_wizard_not_allowed':
    'Doar administratorii compleți și administratorii de provizionare ai partenerului configurează serviciile.',
  'reason.partner_only': 'Doar administratorii organizației partenere pot face acest lucru.',
  'reason.account_not_activated':
    'Contul dvs. nu este încă activ: finalizați mai întâi e-mailul de bun venit (Începeți, parola, condițiile de utilizare).',
  'reason.account_deactivated': 'Contul dvs. a fost dezactivat.',
  // The days left of a trial.
  'trial.daysLeft': (p) =>
    plural('ro', p.count, {
      one: 'A mai rămas # zi',
      few: 'Au mai rămas # zile',
      other: 'Au mai rămas # de zile',
    }),
  // Contact-center license names (the role editor, the wizard, the panel).
  'license.cc_standard': 'Webex Contact Center Standard',
  'license.cc_premium': 'Webex Contact Center Premium',
  // The tier alone, where a column heading already says which product (the role editor's list).
  'license.tier.cc_standard': 'Standard',
  'license.tier.cc_premium': 'Premium',
  // What a 429 says: when the user may try again (the server's Retry-After, in whole seconds).
  'rateLimit.tooMany': 'Prea multe cereri. Așteptați puțin, apoi încercați din nou.',
  'rateLimit.waitFor': (p) =>
    plural('ro', p.seconds, {
      one: 'Prea multe cereri; puteți încerca din nou peste o secundă.',
      few: 'Prea multe cereri; puteți încerca din nou peste # secunde.',
      other: 'Prea multe cereri; puteți încerca din nou peste # de secunde.',
    }),
};

export default messages;
