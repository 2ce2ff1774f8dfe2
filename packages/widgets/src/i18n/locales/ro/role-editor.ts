import { plural } from '../../plural.js';
import type { Messages } from '../../types.js';
import type source from '../en/role-editor.js';

// The admin role editor (DOMAIN §2): users, admin roles, contact-center licenses, external admins.
const messages: Pick<Messages, keyof typeof source> = {
  'roles.title': 'Utilizatori și administratori',
  'roles.notConfigured': 'Conectați editorul de roluri la API-ul Onramp și alegeți o organizație client.',
  'roles.search': 'Căutați după nume sau e-mail',
  'roles.filter': 'Afișează',
  'roles.filter.all': 'Toți utilizatorii',
  'roles.filter.administrators': 'Administratori',
  'roles.filter.external_admins': 'Toți administratorii externi',
  'roles.count': (p) =>
    plural('ro', p.count, { one: '# utilizator', few: '# utilizatori', other: '# de utilizatori' }),
  'roles.empty': 'Niciun utilizator nu corespunde.',
  'roles.column.user': 'Utilizator',
  'roles.column.status': 'Stare',
  'roles.column.license': 'Licență contact center',
  'roles.column.role': 'Rol de administrator',
  'roles.loadingRow': 'Se încarcă…',
  'roles.manage': (p) => `Gestionați ${p.name}`,
  'roles.externalOf': (p) => `Extern: ${p.org}`,
  'roles.status.verified': 'Verificat',
  'roles.status.unverified': 'Neverificat',
  'roles.role.none': 'Fără rol de administrator',
  'roles.role.full_admin': 'Administrator complet',
  'roles.role.service_admin': 'Administrator al serviciului contact center',
  'roles.role.provisioning_admin': 'Administrator de provizionare',
  'roles.role.read_only_admin': 'Administrator doar citire',
  'roles.license.none': 'Fără licență contact center',
  'roles.editor.role': 'Rol de administrator',
  'roles.editor.license': 'Licență contact center',
  'roles.editor.applyRole': 'Schimbați rolul',
  'roles.editor.applyLicense': 'Schimbați licența',
  'roles.editor.resend': 'Retrimiteți invitația',
  'roles.editor.resent': (p) => `Invitația a fost retrimisă la ${p.email}.`,
  'roles.editor.readOnlyLicense': 'Doar utilizatorii organizației client dețin licențele acesteia.',
  'roles.confirm.role': (p) => `Schimbați rolul de administrator al lui ${p.name} în „${p.role}”?`,
  'roles.confirm.license': (p) => `Schimbați licența contact center a lui ${p.name} în „${p.license}”?`,
  'roles.confirm.apply': 'Aplicați',
  'roles.changed.role': (p) => `${p.name} este acum: ${p.role}.`,
  'roles.changed.license': (p) => `${p.name} are acum: ${p.license}.`,
  'roles.stale':
    'Altcineva a modificat între timp acest utilizator. Sunt afișate valorile actuale: verificați-le și încercați din nou.',
  'roles.warning.standard_license_agent_only':
    'Acest utilizator are o licență Contact Center Standard: ca administrator complet se poate conecta doar la Agent Desktop, nu și la portalul de administrare.',
  'roles.addExternal': 'Adăugați un administrator extern',
  'roles.addExternal.email': 'E-mailul utilizatorului extern',
  'roles.addExternal.help':
    'Utilizatorul altei organizații primește aici rolul de administrator al serviciului contact center.',
  'roles.addExternal.submit': 'Adăugați ca administrator al serviciului',
  'roles.addExternal.added': (p) => `${p.email} este acum administrator al serviciului contact center.`,
  'roles.addExternal.notFound': 'Niciun utilizator nu are acest e-mail.',
  'roles.addExternal.already_admin':
    'Acest utilizator are deja un rol de administrator în această organizație.',
  'roles.addExternal.not_external_user': 'Acesta este un utilizator al acestei organizații, nu unul extern.',
  'roles.addExternal.invalid': 'Introduceți o adresă de e-mail validă.',
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
  'reason.setup_wizard_not_allowed': 'Nu aveți voie să deschideți asistentul de configurare a serviciilor.',
  'reason.partner_only': 'Doar administratorii organizației partenere pot face acest lucru.',
};

export default messages;
