import { plural } from '../../plural.js';
import type { Messages } from '../../types.js';
import type source from '../en/problems.js';

// What `commonProblemMessage` says beyond the common errors, for the widgets that word their
// problems with it (the wizard, the panel, the onboarding form; not the role editor): the automatic
// retry of a short 429 wait, an account that may not use the service yet, the wholesale package rules.
const messages: Pick<Messages, keyof typeof source> = {
  'rateLimit.retrying': (p) =>
    plural('ru', p.seconds, {
      one: 'Слишком много запросов; повторная попытка сама начнётся через # секунду.',
      few: 'Слишком много запросов; повторная попытка сама начнётся через # секунды.',
      many: 'Слишком много запросов; повторная попытка сама начнётся через # секунд.',
      other: 'Слишком много запросов; повторная попытка сама начнётся через # секунды.',
    }),
  'rateLimit.over': 'Теперь можно повторить попытку.',
  'common.accountNotActivated':
    'Ваша учётная запись ещё не активна. Откройте приветственное письмо, нажмите «Начало работы», задайте пароль и примите условия предоставления услуг, затем войдите снова.',
  'common.accountDeactivated': 'Ваша учётная запись деактивирована администратором вашей организации.',
  'problem.admin_package_downgrade':
    'Полный администратор клиента сохраняет уровень пакета клиента: понизить его нельзя.',
  'problem.admin_package_level': 'Администраторы получают уровень пакета клиента или выше.',
};

export default messages;
