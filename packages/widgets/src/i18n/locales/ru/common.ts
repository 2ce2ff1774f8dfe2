import { plural } from '../../plural.js';
import type { Messages } from '../../types.js';
import type source from '../en/common.js';

// Shared by every component: states, errors, statuses.
const messages: Pick<Messages, keyof typeof source> = {
  'common.loading': 'Загрузка…',
  'common.retry': 'Повторить',
  'common.close': 'Закрыть',
  'common.cancel': 'Отмена',
  'common.save': 'Сохранить',
  'common.next': 'Далее',
  'common.back': 'Назад',
  'common.error': 'Что-то пошло не так.',
  'common.errorWithTracking': (p) => `Что-то пошло не так. Код обращения: ${p.trackingId}.`,
  'common.empty': 'Здесь пока ничего нет.',
  'common.offline': 'Сервис недоступен. Проверьте подключение и повторите попытку.',
  'common.accountNotActivated':
    'Ваша учётная запись ещё не активна. Откройте приветственное письмо, нажмите «Начало работы», задайте пароль и примите условия предоставления услуг, затем войдите снова.',
  'common.accountDeactivated': 'Ваша учётная запись деактивирована администратором вашей организации.',
  'common.forbidden': 'У вас нет прав на это действие.',
  'problem.admin_package_downgrade':
    'Полный администратор клиента сохраняет уровень пакета клиента: понизить его нельзя.',
  'problem.admin_package_level': 'Администраторы получают уровень пакета клиента или выше.',
  'common.itemCount': (p) =>
    plural('ru', p.count, { one: '# элемент', few: '# элемента', many: '# элементов', other: '# элемента' }),
  'status.provisioned': 'Подготовлен',
  'status.provisioned_with_errors': 'Подготовлен с ошибками',
  'status.provisioning': 'Идёт подготовка',
  'status.updating': 'Обновляется',
  'status.deleting': 'Удаляется',
  'status.error': 'Ошибка',
  'status.pending_rpl_review': 'Ожидает проверки на соответствие',
  'trial.daysLeft': (p) =>
    plural('ru', p.count, {
      one: 'Остался # день',
      few: 'Осталось # дня',
      many: 'Осталось # дней',
      other: 'Осталось # дня',
    }),
  'common.yes': 'Да',
  'common.notNow': 'Не сейчас',
};

export default messages;
