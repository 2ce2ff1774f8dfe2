import type { Messages } from '../../types.js';
import type source from '../en/subscription-panel.js';

// The subscription panel: account, subscriptions and the wholesale lifecycle (DOMAIN §2.3, §3).
const messages: Pick<Messages, keyof typeof source> = {
  'panel.title': 'Подписка и сервисы',
  'panel.notConfigured': 'Передайте панели клиент (или базовый URL и токен) и организацию или клиента.',
  'panel.lifecycle': 'Статус подключения',
  'panel.status': 'Статус',
  'panel.explain.provisioning': 'Клиент создаётся, его сервисы подготавливаются. Страница обновится сама.',
  'panel.explain.updating': 'Изменения клиента применяются. Страница обновится сама.',
  'panel.explain.provisioned': 'Клиент подключён, его сервисы доступны.',
  'panel.explain.provisioned_with_errors':
    'Клиент подключён, но часть элементов подготовить не удалось. Исправьте ошибки ниже и повторите подготовку.',
  'panel.explain.pending_rpl_review':
    'Клиент найден в списке ограниченных лиц и ждёт ручной проверки соответствия. Обычно проверка занимает 15–60 минут.',
  'panel.explain.deleting': 'Клиент удаляется.',
  'panel.explain.error': 'Подключение остановлено и не продолжится. Обратитесь в поддержку с данными ниже.',
  'panel.rpl.next': (p) =>
    `После одобрения клиент будет создан автоматически и начнётся подготовка; затем повторите подготовку пользователей и номеров. Если решение не принято до ${p.deadline} (72 часа), подключение завершится ошибкой.`,
  'panel.timeline': 'Хронология',
  'panel.event.created': 'Клиент создан',
  'panel.event.rplClear': 'Проверка соответствия пройдена',
  'panel.event.rplListed': 'Направлен на ручную проверку соответствия',
  'panel.event.addressUpdated': 'Платёжный адрес изменён: проверка соответствия запущена снова',
  'panel.event.reviewPending': (p) => `Идёт проверка, срок — ${p.deadline}`,
  'panel.event.reviewApproved': 'Проверка одобрена',
  'panel.event.reviewDenied': 'Проверка отклонена',
  'panel.event.reviewTimedOut': 'Решение не принято за 72 часа',
  'panel.event.status': (p) => `Статус: ${p.status}`,
  'panel.errors': 'Ошибки подготовки',
  'panel.statusChanged': (p) => `Статус подключения изменился: ${p.status}`,
  'panel.callIn': 'Глобальный номер дозвона по умолчанию',
  'panel.orgCountry': 'Страна организации',
  'panel.callIn.own': (p) => `Номер дозвона страны организации (${p.country}).`,
  'panel.callIn.fallback': (p) =>
    `У страны ${p.country} нет номера дозвона, поэтому действует номер её региона (${p.location}).`,
  'panel.callIn.none': 'Для этой страны номер дозвона не предусмотрен.',
  'panel.trial': 'Пробный период',
  'panel.subscription': 'Подписка',
  'panel.startDate': 'Дата начала',
  'panel.endDate': 'Дата окончания',
  'panel.renewalDate': 'Дата продления',
  'panel.noSubscription': 'Нет ни пробного периода, ни подписки.',
  'panel.licenses': 'Использование лицензий контакт-центра',
  'panel.account': 'Учётная запись',
  'panel.noLicenses': 'В этой подписке нет лицензий контакт-центра.',
  'panel.packages': 'Пакеты',
  'panel.package': 'Пакет',
  'panel.license': 'Лицензия',
  'panel.limit': 'Лимит',
  'panel.adminPackage': (p) =>
    `Администраторы получают ${p.package} — уровень пакета, с которым создан клиент. Понизить его для них нельзя.`,
  'panel.assigned': 'Назначено',
  'panel.addOns': 'Дополнения',
  'panel.notOrderable': 'Пока нельзя заказать: появится в следующем выпуске.',
  'panel.platform': 'Платформа',
  'panel.notProvisioned': 'Ещё не настроено.',
  'panel.setUpContactCenter':
    'Если клиенту нужен чат, администратор клиента должен выполнить «Set up Webex Contact Center».',
  'panel.services': 'Состояние сервисов',
  'panel.state.operational': 'Работает',
  'panel.state.degraded': 'Работает с перебоями',
  'panel.state.outage': 'Не работает',
  'panel.state.provisioning': 'Подготавливается',
  'panel.state.not_provisioned': 'Не подключён',
  'panel.roleSync': (p) =>
    `Синхронизация ролей: администраторов — ${p.count} (из Control Hub в Connect — ${p.toConnect}, из Connect в Control Hub — ${p.toControlHub}).`,
  'panel.accountPending': 'Данные учётной записи появятся, когда будет создана организация клиента.',
  // Billing-address change and administrators (decisions/0007).
  'panel.address.title': 'Платёжный адрес',
  'panel.address.change': 'Изменить платёжный адрес',
  'panel.address.recheck':
    'Изменение адреса повторно запускает проверку по списку ограниченных лиц; клиент может уйти на проверку.',
  'panel.address.save': 'Сохранить адрес',
  'panel.address.saved': 'Платёжный адрес сохранён. Проверка по списку ограниченных лиц запущена снова.',
  'panel.address.busy': 'Клиент сейчас изменяется; измените адрес, когда он будет подготовлен.',
  'panel.address.later': 'Платёжный адрес можно изменить, когда клиент будет подготовлен.',
  'panel.admins': 'Администраторы',
  'panel.noAdmins': 'Администраторов пока нет.',
  // The admins' roles and account states, as the role editor words them (this area keeps its own
  // copy so the panel's entry does not ship the role editor's catalogue).
  'panel.admin.status.verified': 'Подтверждён',
  'panel.admin.status.unverified': 'Не подтверждён',
  'panel.admin.role.none': 'Нет роли администратора',
  'panel.admin.role.full_admin': 'Полный администратор',
  'panel.admin.role.service_admin': 'Администратор службы контакт-центра',
  'panel.admin.role.provisioning_admin': 'Администратор подготовки',
  'panel.admin.role.read_only_admin': 'Администратор только для чтения',
  // A customer's provisioning status.
  'status.provisioned': 'Подготовлен',
  'status.provisioned_with_errors': 'Подготовлен с ошибками',
  'status.provisioning': 'Идёт подготовка',
  'status.updating': 'Обновляется',
  'status.deleting': 'Удаляется',
  'status.error': 'Ошибка',
  'status.pending_rpl_review': 'Ожидает проверки на соответствие',
};

export default messages;
