import { plural } from '../../plural.js';
import type { Messages } from '../../types.js';
import type source from '../en/customer-onboarding.js';

// The wholesale customer onboarding form (DOMAIN §3).
const messages: Pick<Messages, keyof typeof source> = {
  'onboard.title': 'Подключение оптового клиента',
  'onboard.intro': 'Сначала создайте клиента в своих системах, затем подключите его здесь.',
  'onboard.customer': 'Сведения о клиенте',
  'onboard.name': 'Название клиента',
  'onboard.email': 'Основной адрес эл. почты',
  'onboard.language': 'Язык (необязательно)',
  'onboard.externalId': 'Внешний идентификатор',
  'onboard.provisioningId': 'Идентификатор подготовки',
  'onboard.address': 'Платёжный адрес',
  'onboard.addressLine1': 'Адрес, строка 1',
  'onboard.addressLine2': 'Адрес, строка 2 (необязательно)',
  'onboard.city': 'Город',
  'onboard.country': 'Страна (двухбуквенный код, например DE)',
  'onboard.countryHelp': 'Страна станет страной организации и определит номер дозвона по умолчанию.',
  'onboard.packages': 'Пакеты и количество',
  'onboard.packagesHelp': 'Укажите максимальное число пользователей для каждого пакета клиента.',
  'onboard.calling': 'Расположение для звонков (необязательно)',
  'onboard.callingHelp':
    'Подготавливает Webex Calling по платёжному адресу. Заполните все три поля или ни одного.',
  'onboard.locationName': 'Название расположения',
  'onboard.locationTimeZone': 'Часовой пояс расположения, например Europe/Berlin',
  'onboard.locationLanguage': 'Язык расположения, например de_de',
  'onboard.meetingsTimeZone': 'Часовой пояс встреч (необязательно)',
  'onboard.check': 'Проверить',
  'onboard.submit': 'Подключить клиента',
  'onboard.error.required': 'Обязательное поле.',
  'onboard.error.invalid': 'Проверьте это значение.',
  'onboard.error.email': 'Введите корректный адрес эл. почты.',
  'onboard.error.country': 'Введите двухбуквенный код страны, например DE.',
  'onboard.error.packages': 'Выберите хотя бы один пакет с количеством от 0.',
  'onboard.error.quantity': (p) => `Введите целое число от 0 до ${p.max}.`,
  'onboard.error.summary': (p) =>
    plural('ru', p.count, {
      one: '# поле требует внимания.',
      few: '# поля требуют внимания.',
      other: '# полей требуют внимания.',
    }),
  'onboard.error.exists': 'Клиент с таким внешним идентификатором уже существует.',
  'onboard.checkOk': 'Проверка пройдена: клиента можно подключить.',
  'onboard.checkRpl':
    'Проверка пройдена, но клиент есть в списке ограниченных лиц: после отправки до начала подготовки пройдёт проверка соответствия длительностью до 72 часов.',
  'onboard.accepted': 'Клиент принят. Подготовка началась.',
  'onboard.addressRecheck': 'Изменение платёжного адреса позже снова запустит проверку соответствия.',
  'onboard.acceptedTitle': 'Клиент принят',
  'onboard.customerId': 'Идентификатор клиента',
  'onboard.another': 'Подключить другого клиента',
  'onboard.error.list': 'Поля, которые нужно исправить',
  // Address fields that follow the country's rules (decisions/0007).
  'address.optional': (p) => `${p.label} (необязательно)`,
  'address.choose': 'Выберите…',
  'address.region.state': 'Штат',
  'address.region.province_or_territory': 'Провинция или территория',
  'address.region.state_or_territory': 'Штат или территория',
  'address.region.prefecture': 'Префектура',
  'address.region.county': 'Графство',
  'address.region.province': 'Провинция',
  'address.region.state_or_province': 'Штат или провинция',
  'address.postal.zip_code': 'Индекс ZIP',
  'address.postal.postcode': 'Почтовый индекс',
  'address.postal.postal_code': 'Индекс',
  'address.postal.pin_code': 'Индекс PIN',
  'address.postal.eircode': 'Индекс Eircode',
  'address.postal.cep': 'Индекс CEP',
  'address.error.format': (p) => `${p.label}: используйте формат этой страны, например ${p.example}.`,
  'address.error.choice': (p) => `${p.label}: выберите значение из списка.`,
};

export default messages;
