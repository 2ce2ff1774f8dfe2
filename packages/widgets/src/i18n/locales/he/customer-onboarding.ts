import { plural } from '../../plural.js';
import type { Messages } from '../../types.js';
import type source from '../en/customer-onboarding.js';

// The wholesale customer onboarding form (DOMAIN §3).
const messages: Pick<Messages, keyof typeof source> = {
  'onboard.title': 'צירוף לקוח סיטונאי',
  'onboard.intro': 'צור תחילה את הלקוח במערכות שלך, ולאחר מכן צרף אותו כאן.',
  'onboard.customer': 'פרטי הלקוח',
  'onboard.name': 'שם הלקוח',
  'onboard.email': 'דוא"ל ראשי',
  'onboard.language': 'שפה (אופציונלי)',
  'onboard.externalId': 'מזהה חיצוני',
  'onboard.provisioningId': 'מזהה הקצאה',
  'onboard.address': 'כתובת לחיוב',
  'onboard.addressLine1': 'כתובת, שורה 1',
  'onboard.addressLine2': 'כתובת, שורה 2 (אופציונלי)',
  'onboard.city': 'עיר',
  'onboard.country': 'מדינה (קוד בן שתי אותיות, למשל DE)',
  'onboard.countryHelp': 'המדינה תהיה מדינת הארגון ותקבע את מספר החיוג ברירת המחדל.',
  'onboard.packages': 'חבילות וכמויות',
  'onboard.packagesHelp': 'הזן את המספר המרבי של משתמשים לכל חבילה שהלקוח מקבל.',
  'onboard.calling': 'מיקום לשיחות (אופציונלי)',
  'onboard.callingHelp': 'מקצה את Webex Calling בכתובת החיוב. מלא את שלושת השדות או אף אחד מהם.',
  'onboard.locationName': 'שם המיקום',
  'onboard.locationTimeZone': 'אזור הזמן של המיקום, למשל Europe/Berlin',
  'onboard.locationLanguage': 'שפת המיקום, למשל de_de',
  'onboard.meetingsTimeZone': 'אזור זמן לפגישות (אופציונלי)',
  'onboard.check': 'בדיקה',
  'onboard.submit': 'צרף לקוח',
  'onboard.error.required': 'שדה חובה.',
  'onboard.error.invalid': 'בדוק את הערך הזה.',
  'onboard.error.email': 'הזן כתובת דוא"ל תקינה.',
  'onboard.error.country': 'הזן קוד מדינה בן שתי אותיות, למשל DE.',
  'onboard.error.packages': 'בחר לפחות חבילה אחת, עם כמות של 0 ומעלה.',
  'onboard.error.summary': (p) =>
    plural('he', p.count, {
      one: 'שדה אחד דורש תשומת לב.',
      two: 'שני שדות דורשים תשומת לב.',
      other: '# שדות דורשים תשומת לב.',
    }),
  'onboard.error.exists': 'כבר קיים לקוח עם המזהה החיצוני הזה.',
  'onboard.checkOk': 'הבדיקה עברה: ניתן לצרף את הלקוח.',
  'onboard.checkRpl':
    'הבדיקה עברה, אך הלקוח מופיע ברשימת הגורמים המוגבלים: לאחר השליחה תתבצע בדיקת תאימות של עד 72 שעות לפני ההקצאה.',
  'onboard.accepted': 'הלקוח התקבל. ההקצאה החלה.',
  'onboard.addressRecheck': 'שינוי כתובת החיוב בהמשך יפעיל שוב את בדיקת התאימות.',
  // Address fields that follow the country's rules (decisions/0007).
  'address.optional': (p) => `${p.label} (אופציונלי)`,
  'address.choose': 'בחר…',
  'address.region.state': 'מדינה (State)',
  'address.region.province_or_territory': 'פרובינציה או טריטוריה',
  'address.region.state_or_territory': 'מדינה או טריטוריה',
  'address.region.prefecture': 'מחוז (Prefecture)',
  'address.region.county': 'מחוז (County)',
  'address.region.province': 'פרובינציה',
  'address.region.state_or_province': 'מחוז או מדינה',
  'address.postal.zip_code': 'מיקוד ZIP',
  'address.postal.postcode': 'מיקוד (Postcode)',
  'address.postal.postal_code': 'מיקוד',
  'address.postal.pin_code': 'מיקוד PIN',
  'address.postal.eircode': 'מיקוד Eircode',
  'address.postal.cep': 'מיקוד CEP',
  'address.error.format': (p) => `${p.label}: השתמש בתבנית של המדינה הזו, למשל ${p.example}.`,
  'address.error.choice': (p) => `${p.label}: בחר ערך מהרשימה.`,
};

export default messages;
