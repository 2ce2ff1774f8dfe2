import { plural } from '../../plural.js';
import type { Messages } from '../../types.js';
import type source from '../en/role-editor.js';

// The admin role editor (DOMAIN §2): users, admin roles, contact-center licenses, external admins.
const messages: Pick<Messages, keyof typeof source> = {
  'roles.title': 'Пользователи и администраторы',
  'roles.notConfigured': 'Подключите редактор ролей к API Onramp и выберите организацию клиента.',
  'roles.search': 'Поиск по имени или e-mail',
  'roles.filter': 'Показать',
  'roles.filter.all': 'Все пользователи',
  'roles.filter.administrators': 'Администраторы',
  'roles.filter.external_admins': 'Все внешние администраторы',
  'roles.count': (p) =>
    plural('ru', p.count, {
      one: '# пользователь',
      few: '# пользователя',
      many: '# пользователей',
      other: '# пользователя',
    }),
  'roles.empty': 'Пользователи не найдены.',
  'roles.column.user': 'Пользователь',
  'roles.column.status': 'Статус',
  'roles.column.license': 'Лицензия контакт-центра',
  'roles.column.role': 'Роль администратора',
  'roles.loadingRow': 'Загрузка…',
  'roles.manage': (p) => `Управлять: ${p.name}`,
  'roles.externalOf': (p) => `Внешний: ${p.org}`,
  'roles.status.verified': 'Подтверждён',
  'roles.status.unverified': 'Не подтверждён',
  'roles.role.none': 'Нет роли администратора',
  'roles.role.full_admin': 'Полный администратор',
  'roles.role.service_admin': 'Администратор службы контакт-центра',
  'roles.role.provisioning_admin': 'Администратор подготовки',
  'roles.role.read_only_admin': 'Администратор только для чтения',
  'roles.license.none': 'Нет лицензии контакт-центра',
  'roles.editor.role': 'Роль администратора',
  'roles.editor.license': 'Лицензия контакт-центра',
  'roles.editor.applyRole': 'Изменить роль',
  'roles.editor.applyLicense': 'Изменить лицензию',
  'roles.editor.resend': 'Отправить приглашение повторно',
  'roles.editor.resent': (p) => `Приглашение повторно отправлено на ${p.email}.`,
  'roles.editor.readOnlyLicense': 'Лицензии организации клиента есть только у её пользователей.',
  'roles.confirm.role': (p) => `Изменить роль администратора ${p.name} на «${p.role}»?`,
  'roles.confirm.license': (p) => `Изменить лицензию контакт-центра ${p.name} на «${p.license}»?`,
  'roles.confirm.apply': 'Применить',
  'roles.changed.role': (p) => `${p.name}: теперь ${p.role}.`,
  'roles.changed.license': (p) => `${p.name}: теперь ${p.license}.`,
  'roles.stale':
    'Кто-то другой уже изменил этого пользователя. Показаны актуальные данные: проверьте их и повторите попытку.',
  'roles.warning.standard_license_agent_only':
    'У пользователя лицензия Contact Center Standard: как полный администратор он сможет входить только в Agent Desktop, но не на портал управления.',
  'roles.addExternal': 'Добавить внешнего администратора',
  'roles.addExternal.email': 'E-mail внешнего пользователя',
  'roles.addExternal.help':
    'Пользователь другой организации получит здесь роль администратора службы контакт-центра.',
  'roles.addExternal.submit': 'Добавить как администратора службы',
  'roles.addExternal.added': (p) => `${p.email} теперь администратор службы контакт-центра.`,
  'roles.addExternal.notFound': 'Пользователь с таким e-mail не найден.',
  'roles.addExternal.already_admin': 'У этого пользователя уже есть роль администратора в этой организации.',
  'roles.addExternal.not_external_user': 'Это пользователь этой организации, а не внешний пользователь.',
  'roles.addExternal.invalid': 'Введите правильный адрес e-mail.',
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
  'reason.setup_wizard_not_allowed': 'Вам нельзя открывать мастер настройки служб.',
  'reason.partner_only': 'Это могут делать только администраторы организации-партнёра.',
};

export default messages;
