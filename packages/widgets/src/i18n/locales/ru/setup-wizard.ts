import type { Messages } from '../../types.js';
import type source from '../en/setup-wizard.js';

// The services setup wizard and its entry prompt (DOMAIN §1).
const messages: Pick<Messages, keyof typeof source> = {
  'wizard.title': 'Настройка служб контакт-центра',
  'wizard.progressLabel': 'Шаги настройки',
  'wizard.stepOf': (p) => `Шаг ${p.current} из ${p.total}`,
  'wizard.step.summary': 'Сводка',
  'wizard.step.calling': 'Настройка вызовов',
  'wizard.step.country': 'Страна работы',
  'wizard.step.time_zone': 'Часовой пояс клиента',
  'wizard.step.platform': 'Платформа',
  'wizard.step.telephony': 'Телефония',
  'wizard.step.review': 'Проверка',
  'wizard.step.provisioning': 'Подготовка',
  'wizard.step.summary_download': 'Сводка заказа',
  'wizard.summary.intro': 'Проверьте лицензии контакт-центра для этого клиента, затем настройте службы.',
  'wizard.summary.trial': (p) => `Пробная версия ${p.reference}`,
  'wizard.summary.subscription': (p) => `Заказ подписки ${p.reference}`,
  'wizard.summary.ccai': 'Включены службы ИИ для контакт-центра.',
  'wizard.summary.pstn': 'Включено дополнение Cisco PSTN.',
  'wizard.setUp': 'Настроить',
  'wizard.licenseQuantity': (p) => `${p.license}: ${p.quantity}`,
  'wizard.calling.intro': 'Проверьте SIP-адрес организации.',
  'wizard.calling.sipAddress': 'SIP-адрес',
  'wizard.country.label': 'Страна или регион',
  'wizard.country.help':
    'Клиент создаётся в центре обработки данных, обслуживающем эту страну. Для локального развёртывания выберите ближайшую поддерживаемую страну.',
  'wizard.country.dataCenter': (p) => `Центр обработки данных: ${p.dataCenter}`,
  'wizard.country.incompatible':
    'Несовместимое расположение: эту страну нельзя использовать для этого заказа. Обратитесь в службу обеспечения решений, чтобы настроить здесь службы контакт-центра.',
  'wizard.country.pstn': 'Дополнение Cisco PSTN в этом заказе продаётся только для США: выберите США.',
  'wizard.country.locked': 'Страна работы подтверждена и больше не может быть изменена.',
  'wizard.confirm.title': 'Подтверждение страны работы',
  'wizard.confirm.body': (p) =>
    `Вы собираетесь указать страну работы: ${p.country}. После подтверждения её нельзя будет изменить.`,
  'wizard.confirm.confirm': 'Подтвердить',
  'wizard.timeZone.label': 'Часовой пояс клиента',
  'wizard.timeZone.help': 'Выбран по региону работы; его можно изменить.',
  'wizard.timeZone.newPlatform': 'На новой платформе это также часовой пояс службы Webex Connect.',
  'wizard.platform.label': 'Платформа контакт-центра',
  'wizard.platform.whatYouSetUp': 'Что будет настроено',
  'wizard.telephony.label': 'Вариант телефонии',
  'telephony.webex_calling': 'Операторы Webex Calling и ТСОП через Webex Calling',
  'telephony.third_party_via_webex_calling':
    'Внешняя или сторонняя телефония через службы ТСОП Webex Calling',
  'telephony.third_party_via_vpop': 'Внешняя или сторонняя телефония через VPOP',
  'wizard.telephony.legacy': 'Устаревший вариант: не рекомендуется для новых клиентов.',
  'wizard.telephony.needsCalling': 'Требуется активная подписка Webex Calling.',
  'wizard.telephony.noCalling': 'Недоступно: у этой организации нет активной подписки Webex Calling.',
  'wizard.telephony.free': 'Добавляется в заказ бесплатно.',
  'wizard.telephony.locked':
    'Выбран автоматически, так как заказано дополнение Cisco PSTN; изменить его нельзя.',
  'wizard.review.intro': 'Проверьте данные подписки и отправьте. Подготовка занимает несколько минут.',
  'wizard.review.edit': 'Вернуться и изменить',
  'wizard.review.licenses': 'Лицензии контакт-центра',
  'wizard.review.dataCenter': 'Центр обработки данных',
  'wizard.submit': 'Отправить',
  'wizard.provisioning.intro':
    'Идёт подготовка служб контакт-центра. Это займёт несколько минут; можно уйти и вернуться позже.',
  'wizard.provisioning.progress': (p) => `Выполнено ${p.percent}%`,
  'wizard.provisioning.failed': 'Подготовка не удалась. Проверьте ответы и отправьте снова.',
  'wizard.provisioning.failedStage.tenant': (p: { dataCenter: string }) =>
    `Подготовка не удалась: не получилось создать арендатора контакт-центра в центре обработки данных ${p.dataCenter}. Проверьте страну и платформу и отправьте снова; если ошибка повторится, обратитесь в Solution Assurance.`,
  'wizard.provisioning.failedStage.digital_services':
    'Подготовка не удалась при настройке Webex Engage и Webex Connect. Отправьте снова; арендатор контакт-центра сохранен.',
  'wizard.provisioning.failedStage.admin_sync':
    'Подготовка не удалась при синхронизации администраторов с Webex Connect. Отправьте снова; больше ничего не потеряно.',
  'wizard.done.intro': 'Службы контакт-центра готовы в организации клиента.',
  'wizard.done.download': 'Скачать сводку заказа (PDF)',
  'wizard.done.platformDetails': (p) => `Сведения о платформе Webex Contact Center: ${p.platform}`,
  'wizard.done.classicNext':
    'На платформе 1.0 завершите настройку в разделе «Контакт-центр › Настройки» действием «Настроить Webex Contact Center». Если клиенту нужен чат, это должен сделать администратор клиента.',
  'wizard.notAllowed': 'Настраивать службы могут только полные администраторы клиента или его партнёра.',
  'wizard.entry.trialReady': 'Пробная версия готова. Настроить службы для клиента?',
  'wizard.entry.orderMapped': 'Спасибо. Заказ сопоставлен правильно.',
  'wizard.required': 'Выберите вариант, чтобы продолжить.',
  'wizard.noSetup': 'У этой организации нет настройки служб.',
  'wizard.country.unknown': 'Эта страна не входит в страны работы: выберите страну из списка.',
  'wizard.country.choose': 'Выберите страну…',
  'wizard.notConfigured': 'Мастеру настройки нужны организация клиента и подключение к сервису.',
  // The 1.0 platform's "Set up Webex Contact Center" (DOMAIN §1.2).
  'wizard.tenant.title': 'Настройка арендатора',
  'wizard.tenant.chat': 'Клиенту нужен чат',
  'wizard.tenant.run': 'Настроить Webex Contact Center',
  'wizard.tenant.running': 'Настройка…',
  'wizard.tenant.done': 'Webex Contact Center настроен.',
  'wizard.tenant.doneChat': 'Webex Contact Center настроен, с чатом.',
  'wizard.tenant.already': 'Webex Contact Center уже настроен.',
  'reason.chat_requires_customer_admin': 'Для чата это должен сделать администратор клиента.',
  // Buttons of the wizard and of the setup prompt.
  'common.save': 'Сохранить',
  'common.next': 'Далее',
  'common.back': 'Назад',
  'common.yes': 'Да',
  'common.notNow': 'Не сейчас',
};

export default messages;
