import { plural } from '../../plural.js';
import type { Messages } from '../../types.js';
import type source from '../en/subscription-panel.js';

// The subscription panel: account, subscriptions and the wholesale lifecycle (DOMAIN §2.3, §3).
const messages: Pick<Messages, keyof typeof source> = {
  'panel.title': 'Abonament și servicii',
  'panel.notConfigured':
    'Dați panoului un client API (sau un URL de bază și un token) și o organizație sau un client.',
  'panel.lifecycle': 'Starea integrării',
  'panel.status': 'Stare',
  'panel.explain.provisioning':
    'Clientul este creat și serviciile sale sunt pregătite. Pagina se actualizează singură.',
  'panel.explain.updating': 'O modificare a clientului este în curs. Pagina se actualizează singură.',
  'panel.explain.provisioned': 'Clientul este integrat, iar serviciile sale sunt disponibile.',
  'panel.explain.provisioned_with_errors':
    'Clientul este integrat, dar unele elemente nu au putut fi pregătite. Corectați erorile de mai jos și reluați pregătirea.',
  'panel.explain.pending_rpl_review':
    'Clientul figurează pe lista părților restricționate și așteaptă o verificare manuală de conformitate. Majoritatea verificărilor durează 15–60 de minute.',
  'panel.explain.deleting': 'Clientul este șters.',
  'panel.explain.error':
    'Integrarea s-a oprit și nu va continua. Contactați asistența cu detaliile de mai jos.',
  'panel.rpl.next': (p) =>
    `Dacă este aprobat, clientul este creat automat și pregătirea începe; apoi reluați pregătirea utilizatorilor și a numerelor. Dacă nu se decide până la ${p.deadline} (72 de ore), integrarea se încheie cu o eroare.`,
  'panel.timeline': 'Cronologie',
  'panel.event.created': 'Client creat',
  'panel.event.rplClear': 'Verificarea de conformitate a trecut',
  'panel.event.rplListed': 'Trimis la verificare manuală de conformitate',
  'panel.event.addressUpdated':
    'Adresa de facturare a fost modificată: verificarea de conformitate a rulat din nou',
  'panel.event.reviewPending': (p) => `Verificare în curs, termen ${p.deadline}`,
  'panel.event.reviewApproved': 'Verificare aprobată',
  'panel.event.reviewDenied': 'Verificare respinsă',
  'panel.event.reviewTimedOut': 'Nicio decizie în 72 de ore',
  'panel.event.status': (p) => `Stare: ${p.status}`,
  'panel.errors': 'Erori de pregătire',
  'panel.statusChanged': (p) => `Starea integrării s-a schimbat: ${p.status}`,
  'panel.callIn': 'Număr global implicit de apel',
  'panel.orgCountry': 'Țara organizației',
  'panel.callIn.own': (p) => `Numărul de apel al țării organizației (${p.country}).`,
  'panel.callIn.fallback': (p) =>
    `${p.country} nu are număr de apel, așa că se aplică numărul implicit al regiunii sale (${p.location}).`,
  'panel.callIn.none': 'Pentru această țară nu se aplică niciun număr de apel.',
  'panel.trial': 'Perioadă de probă',
  'panel.subscription': 'Abonament',
  'panel.startDate': 'Data de început',
  'panel.endDate': 'Data de sfârșit',
  'panel.renewalDate': 'Data reînnoirii',
  'panel.noSubscription': 'Nicio perioadă de probă sau abonament.',
  'panel.licenses': 'Utilizarea licențelor de contact center',
  'panel.account': 'Cont',
  'panel.noLicenses': 'Acest abonament nu are licențe de contact center.',
  'panel.packages': 'Pachete',
  'panel.package': 'Pachet',
  'panel.license': 'Licență',
  'panel.limit': 'Limită',
  'panel.adminPackage': (p) =>
    `Administratorii dețin ${p.package}, nivelul de pachet cu care a fost creat clientul. Nu poate fi coborât pentru ei.`,
  'panel.assigned': 'Atribuite',
  'panel.addOns': 'Suplimente',
  'panel.notOrderable': 'Nu se poate comanda încă: va veni într-o versiune ulterioară.',
  'panel.platform': 'Platformă',
  'panel.notProvisioned': 'Nu este configurat încă.',
  'panel.setUpContactCenter':
    'Dacă clientul are nevoie de chat, un administrator al clientului trebuie să ruleze „Set up Webex Contact Center”.',
  'panel.services': 'Starea serviciilor',
  'panel.state.operational': 'Funcțional',
  'panel.state.degraded': 'Funcționare redusă',
  'panel.state.outage': 'Întrerupere',
  'panel.state.provisioning': 'În pregătire',
  'panel.state.not_provisioned': 'Neconfigurat',
  'panel.roleSync': (p) =>
    `Sincronizarea rolurilor: ${plural('ro', p.count, { one: '# administrator', few: '# administratori', other: '# de administratori' })} (${p.toConnect} din Control Hub în Connect, ${p.toControlHub} din Connect în Control Hub).`,
  'panel.accountPending': 'Detaliile contului apar după ce organizația clientului există.',
  // Billing-address change and administrators (decisions/0007).
  'panel.address.title': 'Adresa de facturare',
  'panel.address.change': 'Schimbați adresa de facturare',
  'panel.address.recheck':
    'Schimbarea adresei rulează din nou verificarea părților restricționate; clientul poate intra în revizuire.',
  'panel.address.save': 'Salvați adresa',
  'panel.address.saved':
    'Adresa de facturare a fost salvată. Verificarea părților restricționate rulează din nou.',
  'panel.address.busy': 'Clientul se modifică acum; schimbați adresa după ce este configurat.',
  'panel.address.later': 'Adresa de facturare poate fi schimbată după ce clientul este configurat.',
  'panel.admins': 'Administratori',
  'panel.noAdmins': 'Încă nu există administratori.',
  // The admins' roles and account states, as the role editor words them (this area keeps its own
  // copy so the panel's entry does not ship the role editor's catalogue).
  'panel.admin.status.verified': 'Verificat',
  'panel.admin.status.unverified': 'Neverificat',
  'panel.admin.role.none': 'Fără rol de administrator',
  'panel.admin.role.full_admin': 'Administrator complet',
  'panel.admin.role.service_admin': 'Administrator al serviciului contact center',
  'panel.admin.role.provisioning_admin': 'Administrator de provizionare',
  'panel.admin.role.read_only_admin': 'Administrator doar citire',
  // A customer's provisioning status.
  'status.provisioned': 'Configurat',
  'status.provisioned_with_errors': 'Configurat cu erori',
  'status.provisioning': 'În curs de configurare',
  'status.updating': 'Se actualizează',
  'status.deleting': 'Se șterge',
  'status.error': 'Eroare',
  'status.pending_rpl_review': 'În așteptarea verificării de conformitate',
};

export default messages;
