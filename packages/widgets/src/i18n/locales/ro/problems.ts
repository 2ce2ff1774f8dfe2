import { plural } from '../../plural.js';
import type { Messages } from '../../types.js';
import type source from '../en/problems.js';

// What `commonProblemMessage` says beyond the common errors, for the widgets that word their
// problems with it (the wizard, the panel, the onboarding form; not the role editor): the automatic
// retry of a short 429 wait, an account that may not use the service yet, the wholesale package rules.
const messages: Pick<Messages, keyof typeof source> = {
  'rateLimit.retrying': (p) =>
    plural('ro', p.seconds, {
      one: 'Prea multe cereri; se reîncearcă automat peste o secundă.',
      few: 'Prea multe cereri; se reîncearcă automat peste # secunde.',
      other: 'Prea multe cereri; se reîncearcă automat peste # de secunde.',
    }),
  'rateLimit.over': 'Acum puteți încerca din nou.',
  'common.accountNotActivated':
    'Contul dvs. nu este încă activ. Deschideți e-mailul de bun venit, alegeți Începeți, setați o parolă și acceptați condițiile de utilizare, apoi conectați-vă din nou.',
  'common.accountDeactivated': 'Contul dvs. a fost dezactivat de un administrator al organizației dvs.',
  'problem.admin_package_downgrade':
    'Administratorul complet al clientului păstrează nivelul de pachet al clientului: nu poate fi coborât.',
  'problem.admin_package_level': 'Administratorii dețin nivelul de pachet al clientului sau unul mai înalt.',
};

export default messages;
