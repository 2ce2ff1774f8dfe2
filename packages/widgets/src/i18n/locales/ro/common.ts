import { plural } from '../../plural.js';
import type { Messages } from '../../types.js';
import type source from '../en/common.js';

// Shared by every component: states, errors, statuses.
const messages: Pick<Messages, keyof typeof source> = {
  'common.loading': 'Se încarcă…',
  'common.retry': 'Încercați din nou',
  'common.close': 'Închideți',
  'common.cancel': 'Anulați',
  'common.save': 'Salvați',
  'common.next': 'Înainte',
  'common.back': 'Înapoi',
  'common.error': 'A apărut o eroare.',
  'common.errorWithTracking': (p) => `A apărut o eroare. Referință: ${p.trackingId}.`,
  'common.empty': 'Nu există încă nimic aici.',
  'common.offline': 'Serviciul nu a putut fi contactat. Verificați conexiunea și încercați din nou.',
  'common.accountNotActivated':
    'Contul dvs. nu este încă activ. Deschideți e-mailul de bun venit, alegeți Începeți, setați o parolă și acceptați condițiile de utilizare, apoi conectați-vă din nou.',
  'common.accountDeactivated': 'Contul dvs. a fost dezactivat de un administrator al organizației dvs.',
  'common.forbidden': 'Nu aveți permisiunea să faceți acest lucru.',
  'problem.admin_package_downgrade':
    'Administratorul complet al clientului păstrează nivelul de pachet al clientului: nu poate fi coborât.',
  'problem.admin_package_level': 'Administratorii dețin nivelul de pachet al clientului sau unul mai înalt.',
  'common.itemCount': (p) =>
    plural('ro', p.count, { one: '# element', few: '# elemente', other: '# de elemente' }),
  'status.provisioned': 'Configurat',
  'status.provisioned_with_errors': 'Configurat cu erori',
  'status.provisioning': 'În curs de configurare',
  'status.updating': 'Se actualizează',
  'status.deleting': 'Se șterge',
  'status.error': 'Eroare',
  'status.pending_rpl_review': 'În așteptarea verificării de conformitate',
  'trial.daysLeft': (p) =>
    plural('ro', p.count, {
      one: 'A mai rămas # zi',
      few: 'Au mai rămas # zile',
      other: 'Au mai rămas # de zile',
    }),
  'common.yes': 'Da',
  'common.notNow': 'Nu acum',
};

export default messages;
