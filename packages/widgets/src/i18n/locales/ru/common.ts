import { plural } from '../../plural.js';
import type { Messages } from '../../types.js';
import type source from '../en/common.js';

// Shared by every component that talks to the service: states, errors, refusals.
const messages: Pick<Messages, keyof typeof source> = {
  'common.loading': 'Загрузка…',
  'common.retry': 'Повторить',
  'common.close': 'Закрыть',
  'common.cancel': 'Отмена',
  'common.error': 'Что-то пошло не так.',
  'common.errorWithTracking': (p) => `Что-то пошло не так. Код обращения: ${p.trackingId}.`,
  'common.offline': 'Сервис недоступен. Проверьте подключение и повторите попытку.',
  'common.forbidden': 'Сервис отказал в этом действии вошедшему администратору.',
  // Why the rules refuse an action (the contract's DenialReason): every widget words a 403 with it.
  'reason.no_relation': 'Ваша организация не связана с этой организацией клиента.',
  'reason.role_not_applicable': 'Пользователь этой организации не может иметь эту роль администратора.',
  'reason.read_only': 'Администраторы только для чтения могут смотреть, но ничего не могут менять.',
  'reason.read_only_no_service_access':
    'Администратор только для чтения организации клиента не имеет доступа к службе контакт-центра.',
  'reason.standard_license_agent_only':
    'Полный администратор с лицензией Contact Center Standard может входить только в Agent Desktop.',
  'reason.user_management_not_allowed':
    'Администраторы службы и подготовки не могут добавлять, удалять, активировать или деактивировать пользователей.',
  'reason.insufficient_role': 'Ваша роль администратора этого не позволяет.',
  'reason.service_admin_assigns_only_service_admin':
    'Администратор службы контакт-центра может назначать и отзывать только роль администратора службы.',
  'reason.external_service_admin_customer_users_only':
    'Внешний администратор службы может назначать эту роль только пользователям организации клиента.',
  'reason.target_org_has_contact_center': 'У организации пользователя уже есть служба контакт-центра.',
  'reason.target_partner_has_provisioning_access':
    'Организация пользователя — партнёр с доступом к подготовке этого клиента.',
  'reason.role_exclusive':
    'Пользователь может иметь только одну роль: полный администратор, администратор службы или только для чтения.',
  'reason.last_full_admin': 'Последний полный администратор организации не может лишиться этой роли.',
  'reason.admin_package_downgrade': 'Пакет полного администратора клиента нельзя понизить.',
  'reason.setup_wizard_not_allowed':
    'Настраивать сервисы могут только полные администраторы и администраторы подготовки партнера.',
  'reason.partner_only': 'Это могут делать только администраторы организации-партнёра.',
  'reason.account_not_activated':
    'Ваша учётная запись ещё не активна: сначала выполните шаги приветственного письма (начало работы, пароль, условия).',
  'reason.account_deactivated': 'Ваша учётная запись деактивирована.',
  // The days left of a trial.
  'trial.daysLeft': (p) =>
    plural('ru', p.count, {
      one: 'Остался # день',
      few: 'Осталось # дня',
      many: 'Осталось # дней',
      other: 'Осталось # дня',
    }),
  // Contact-center license names (the role editor, the wizard, the panel).
  'license.cc_standard': 'Webex Contact Center Standard',
  'license.cc_premium': 'Webex Contact Center Premium',
  // The tier alone, where a column heading already says which product (the role editor's list).
  'license.tier.cc_standard': 'Standard',
  'license.tier.cc_premium': 'Premium',
  // What a 429 says: when the user may try again (the server's Retry-After, in whole seconds).
  'rateLimit.tooMany': 'Слишком много запросов. Подождите немного и повторите попытку.',
  'rateLimit.waitFor': (p) =>
    plural('ru', p.seconds, {
      one: 'Слишком много запросов; повторить можно через # секунду.',
      few: 'Слишком много запросов; повторить можно через # секунды.',
      many: 'Слишком много запросов; повторить можно через # секунд.',
      other: 'Слишком много запросов; повторить можно через # секунды.',
    }),
};

export default messages;
