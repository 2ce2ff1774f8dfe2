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
  'roles.listKeys':
    'В списке стрелки вверх и вниз, Page Up, Page Down, Home и End переходят между пользователями; Enter открывает пользователя.',
  'roles.manage': (p) => `Управлять: ${p.name}`,
  'roles.partnerOf': (p) => `Партнер: ${p.org}`,
  'roles.externalOf': (p) => `Внешний: ${p.org}`,
  'roles.status.verified': 'Подтверждён',
  'roles.status.unverified': 'Не подтверждён',
  'roles.role.none': 'Нет роли администратора',
  'roles.role.full_admin': 'Полный администратор',
  'roles.role.service_admin': 'Администратор службы контакт-центра',
  'roles.role.provisioning_admin': 'Администратор подготовки',
  'roles.role.read_only_admin': 'Администратор только для чтения',
  'roles.license.none': 'Нет лицензии контакт-центра',
  'roles.license.noneShort': 'Нет',
  'roles.editor.role': 'Роль администратора',
  'roles.editor.license': 'Лицензия контакт-центра',
  'roles.editor.applyRole': 'Изменить роль',
  'roles.editor.applyLicense': 'Изменить лицензию',
  'roles.editor.resend': 'Отправить приглашение повторно',
  'roles.editor.resent': (p) => `Приглашение повторно отправлено на ${p.email}.`,
  'roles.editor.partnerRole': (p) =>
    `${p.org} — партнерская организация, которая обслуживает этого клиента: роли администраторов ее пользователей назначаются и снимаются там, а не здесь.`,
  'roles.editor.readOnlyLicense': 'Лицензии организации клиента есть только у её пользователей.',
  'roles.confirm.role': (p) => `Изменить роль администратора ${p.name} на «${p.role}»?`,
  'roles.confirm.license': (p) => `Изменить лицензию контакт-центра ${p.name} на «${p.license}»?`,
  'roles.confirm.apply': 'Применить',
  'roles.confirm.irreversible': (p: { org: string }) =>
    `Это нельзя отменить здесь: ${p.org} — не организация клиента, и ее пользователям эта роль больше не выдается.`,
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
  'roles.addUser': 'Добавить пользователя',
  'roles.addUser.email': 'Эл. почта',
  'roles.addUser.firstName': 'Имя (необязательно)',
  'roles.addUser.lastName': 'Фамилия (необязательно)',
  'roles.addUser.help':
    'Пользователь этой организации получит письмо-приглашение; лицензию и роль администратора задайте потом.',
  'roles.addUser.submit': 'Добавить и пригласить',
  'roles.addUser.added': (p: { email: string }) => `${p.email} добавлен(а) и приглашен(а).`,
  'roles.addUser.email_in_use': 'Этот адрес уже принадлежит пользователю.',
  'roles.status.deactivated': 'Деактивирован',
  'roles.editor.details': 'Сведения',
  'roles.editor.firstName': 'Имя',
  'roles.editor.lastName': 'Фамилия',
  'roles.editor.saveDetails': 'Сохранить сведения',
  'roles.editor.deactivate': 'Деактивировать пользователя',
  'roles.editor.activate': 'Активировать пользователя',
  'roles.confirm.deactivate': (p: { name: string }) =>
    `Деактивировать пользователя ${p.name}? Он больше не сможет войти; лицензия и роль администратора сохранятся.`,
  'roles.confirm.deactivateApply': 'Деактивировать',
  'roles.changed.deactivated': (p: { name: string }) => `Пользователь ${p.name} деактивирован.`,
  'roles.changed.activated': (p: { name: string }) => `Пользователь ${p.name} активирован.`,
  'roles.changed.details': (p: { name: string }) => `Сведения о пользователе ${p.name} сохранены.`,
  'roles.editor.remove': 'Удалить пользователя',
  'roles.confirm.remove': (p: { name: string }) =>
    `Удалить ${p.name} из организации? Пользователь потеряет доступ, лицензию и роль администратора.`,
  'roles.confirm.removeApply': 'Удалить',
  'roles.removed': (p: { name: string }) => `${p.name}: пользователь удален.`,
  'roles.left': (p: { name: string }) => `${p.name} больше не администратор этой организации.`,
  'roles.saving': 'Сохранение…',
  'roles.rolledBack': (p: { reason: string }) => `Изменение отменено: ${p.reason}`,
  'roles.lost.checking':
    'Не удалось подтвердить, сохранено ли изменение: ответ не пришел. Проверяем текущее состояние пользователя…',
  'roles.lost.saved':
    'Ответ на ваше изменение потерялся, но текущее состояние пользователя показывает, что оно сохранено.',
  'roles.lost.notSaved':
    'Ответ на ваше изменение потерялся, и текущее состояние пользователя показывает, что оно не сохранено. Ваш выбор сохранен: примените его еще раз.',
  'roles.lost.unknown':
    'Не удалось подтвердить, сохранено ли изменение: сервис недоступен. Ваш выбор сохранен; применить его еще раз безопасно, и вы увидите, если оно уже сохранено.',
  'roles.lost.already': 'Это изменение уже сохранено: пользователь показан в текущем состоянии.',
  'roles.choiceKept': 'Ваш выбор сохранен: примените его еще раз.',
  'roles.problem.license_not_offered': 'Платформа организации не предлагает эту лицензию.',
  'roles.problem.license_limit_reached': 'Все лицензии этого типа уже назначены.',
  'roles.problem.user_not_in_org': 'Пользователь из другой организации: отзовите у него роль администратора.',
  'roles.license.platform.1.0': 'Лицензии платформы 1.0.',
  'roles.license.platform.new_platform': 'Лицензии новой платформы.',
  'roles.license.noPlatform':
    'Лицензию контакт-центра нельзя назначить, пока не завершена настройка сервисов; имеющуюся лицензию можно снять.',
  'license.1.0.cc_standard': 'Standard Agent',
  'license.1.0.cc_premium': 'Premium Agent',
  'license.new_platform.cc_standard': 'Webex Contact Center Standard',
  'license.new_platform.cc_premium': 'Webex Contact Center',
  'roles.import': 'Импорт из CSV',
  'roles.import.help':
    'Скачайте шаблон, измените только столбцы «Webex Contact Center Standard» и «Webex Contact Center» на TRUE или FALSE (одна лицензия на пользователя) и загрузите файл. Вы увидите все изменения до применения; файл с любой ошибкой ничего не меняет.',
  'roles.import.template': 'Скачать шаблон',
  'roles.import.templateReady': (p: { count: number }) =>
    plural('ru', p.count, {
      one: 'Шаблон скачан: # пользователь.',
      few: 'Шаблон скачан: # пользователя.',
      many: 'Шаблон скачан: # пользователей.',
      other: 'Шаблон скачан: # пользователя.',
    }),
  'roles.import.file': 'Файл CSV',
  'roles.import.drop': 'Или перетащите файл CSV сюда.',
  'roles.import.checking': (p: { file: string }) => `Проверка ${p.file}…`,
  'roles.import.invalid': (p: { file: string }) => `${p.file} не читается как шаблон пользователей:`,
  'roles.import.fileError.empty': 'файл пуст.',
  'roles.import.fileError.unclosed_quote': 'значение в кавычках не закрыто.',
  'roles.import.fileError.not_text':
    'это не текстовый файл CSV (электронная таблица? Сначала сохраните её как CSV UTF-8).',
  'roles.import.fileError.missing_email_column': 'в заголовке нет столбца «User ID/Email (Required)».',
  'roles.import.fileError.unknown_columns': (p: { columns: string }) =>
    `этих столбцов нет в шаблоне: ${p.columns}.`,
  'roles.import.fileError.duplicate_columns': (p: { columns: string }) =>
    `эти столбцы повторяются: ${p.columns}.`,
  'roles.import.fileError.too_many_rows': 'в нем больше 10 000 строк.',
  'roles.import.fileError.too_large': 'он больше 10 МБ.',
  'roles.import.rows': (p: { count: number }) =>
    plural('ru', p.count, { one: '# строка', few: '# строки', many: '# строк', other: '# строки' }),
  'roles.import.counts': (p: {
    file: string;
    rows: string;
    changed: string;
    unchanged: string;
    errors: string;
  }) =>
    `${p.file}: ${p.rows} — изменится: ${p.changed}, без изменений: ${p.unchanged}, с ошибками: ${p.errors}.`,
  'roles.import.checkedHere':
    'В самом файле есть ошибки, поэтому он не отправлен. Исправьте эти строки и выберите файл снова.',
  'roles.import.hasErrors':
    'В некоторых строках есть ошибки: исправьте их и выберите файл снова. Пока есть ошибки, ничего не меняется.',
  'roles.import.nothingToChange': 'Файл ничего не меняет.',
  'roles.import.ready': 'Файл корректен. Проверьте изменения ниже и примените их.',
  'roles.import.apply': (p: { count: number }) =>
    plural('ru', p.count, {
      one: 'Применить # изменение',
      few: 'Применить # изменения',
      many: 'Применить # изменений',
      other: 'Применить # изменения',
    }),
  'roles.import.applying': 'Применение…',
  'roles.import.done': (p: { count: number }) =>
    plural('ru', p.count, {
      one: 'Готово: изменен # пользователь.',
      few: 'Готово: изменено # пользователя.',
      many: 'Готово: изменено # пользователей.',
      other: 'Готово: изменено # пользователя.',
    }),
  'roles.import.changedMeanwhile': (p: { users: string }) =>
    `Кто-то другой изменил лицензию этих пользователей после вашего предпросмотра; применены значения из файла: ${p.users}.`,
  'roles.import.another': 'Импортировать другой файл',
  'roles.import.notApplied': 'Файл не применен; ничего не изменилось.',
  'roles.import.preview': 'Предпросмотр импорта',
  'roles.import.column.row': 'Строка',
  'roles.import.column.user': 'Пользователь',
  'roles.import.column.result': 'Результат',
  'roles.import.change': (p: { from: string; to: string }) => `Сейчас: ${p.from}. Станет: ${p.to}.`,
  'roles.import.more': (p: { count: number }) =>
    plural('ru', p.count, {
      one: 'и еще # строка',
      few: 'и еще # строки',
      many: 'и еще # строк',
      other: 'и еще # строки',
    }),
  'roles.import.rowError': (p: { row: string; column: string; text: string }) =>
    `Строка ${p.row}, столбец «${p.column}»: ${p.text}`,
  'roles.import.rowErrorNoColumn': (p: { row: string; text: string }) => `Строка ${p.row}: ${p.text}`,
  'roles.import.reason.missing_email': 'не указан адрес пользователя.',
  'roles.import.reason.duplicate_user': 'этот пользователь уже есть в строке выше.',
  'roles.import.reason.invalid_boolean': 'укажите TRUE или FALSE либо оставьте пустым.',
  'roles.import.reason.both_licenses':
    'у пользователя только одна лицензия контакт-центра: TRUE только в одном столбце.',
  'roles.import.reason.user_not_found': 'в организации нет пользователя с этим адресом.',
  'roles.import.reason.column_not_editable':
    'менять можно только два столбца контакт-центра; оставьте это значение.',
  'roles.import.reason.license_limit_reached': 'лицензий этого типа не осталось.',
  'roles.import.reason.license_not_offered': 'платформа организации не предлагает эту лицензию.',
};

export default messages;
