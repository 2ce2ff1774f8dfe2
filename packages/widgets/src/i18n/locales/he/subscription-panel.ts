import { plural } from '../../plural.js';
import type { Messages } from '../../types.js';
import type source from '../en/subscription-panel.js';

// The subscription panel: account, subscriptions and the wholesale lifecycle (DOMAIN §2.3, §3).
const messages: Pick<Messages, keyof typeof source> = {
  'panel.title': 'מינוי ושירותים',
  'panel.notConfigured': 'יש לספק לרכיב לקוח API (או כתובת בסיס ואסימון) וארגון או לקוח.',
  'panel.lifecycle': 'סטטוס הצטרפות',
  'panel.status': 'סטטוס',
  'panel.explain.provisioning': 'הלקוח נוצר והשירותים שלו מוקצים. הדף יתעדכן מעצמו.',
  'panel.explain.updating': 'שינוי בלקוח מוחל כעת. הדף יתעדכן מעצמו.',
  'panel.explain.provisioned': 'הלקוח הצטרף והשירותים שלו זמינים.',
  'panel.explain.provisioned_with_errors':
    'הלקוח הצטרף, אך חלק מהפריטים לא הוקצו. תקן את השגיאות שלהלן והפעל שוב את ההקצאה.',
  'panel.explain.pending_rpl_review':
    'הלקוח מופיע ברשימת הגורמים המוגבלים וממתין לבדיקת תאימות ידנית. רוב הבדיקות מסתיימות תוך 15–60 דקות.',
  'panel.explain.deleting': 'הלקוח נמחק.',
  'panel.explain.error': 'ההצטרפות נעצרה ולא תימשך. פנה לתמיכה עם הפרטים שלהלן.',
  'panel.rpl.next': (p) =>
    `אם הבדיקה תאושר, הלקוח ייווצר אוטומטית וההקצאה תתחיל; לאחר מכן הפעל שוב את הקצאת המשתמשים והמספרים. אם לא תתקבל החלטה עד ${p.deadline} (72 שעות), ההצטרפות תסתיים בשגיאה.`,
  'panel.timeline': 'ציר זמן',
  'panel.event.created': 'הלקוח נוצר',
  'panel.event.rplClear': 'בדיקת התאימות עברה',
  'panel.event.rplListed': 'הועבר לבדיקת תאימות ידנית',
  'panel.event.addressUpdated': 'כתובת החיוב עודכנה: בדיקת התאימות הופעלה שוב',
  'panel.event.reviewPending': (p) => `הבדיקה ממתינה, מועד אחרון ${p.deadline}`,
  'panel.event.reviewApproved': 'הבדיקה אושרה',
  'panel.event.reviewDenied': 'הבדיקה נדחתה',
  'panel.event.reviewTimedOut': 'לא התקבלה החלטה תוך 72 שעות',
  'panel.event.status': (p) => `סטטוס: ${p.status}`,
  'panel.errors': 'שגיאות הקצאה',
  'panel.statusChanged': (p) => `סטטוס ההצטרפות השתנה: ${p.status}`,
  'panel.callIn': 'מספר חיוג גלובלי ברירת מחדל',
  'panel.orgCountry': 'מדינת הארגון',
  'panel.callIn.own': (p) => `מספר החיוג של מדינת הארגון (${p.country}).`,
  'panel.callIn.fallback': (p) =>
    `ל${p.country} אין מספר חיוג, ולכן חל מספר ברירת המחדל של האזור שלה (${p.location}).`,
  'panel.callIn.none': 'אין מספר חיוג למדינה זו.',
  'panel.trial': 'תקופת ניסיון',
  'panel.subscription': 'מינוי',
  'panel.startDate': 'תאריך התחלה',
  'panel.endDate': 'תאריך סיום',
  'panel.renewalDate': 'תאריך חידוש',
  'panel.noSubscription': 'אין תקופת ניסיון או מינוי.',
  'panel.licenses': 'ניצול רישיונות מוקד הקשר',
  'panel.account': 'חשבון',
  'panel.noLicenses': 'אין במינוי זה רישיונות מוקד הקשר.',
  'panel.packages': 'חבילות',
  'panel.package': 'חבילה',
  'panel.license': 'רישיון',
  'panel.limit': 'מגבלה',
  'panel.adminPackage': (p) =>
    `מנהלי המערכת מחזיקים ב-${p.package}, רמת החבילה שבה נוצר הלקוח. לא ניתן להוריד אותה עבורם.`,
  'panel.assigned': 'הוקצו',
  'panel.addOns': 'תוספות',
  'panel.notOrderable': 'עדיין לא ניתן להזמין: יגיע בגרסה מאוחרת יותר.',
  'panel.platform': 'פלטפורמה',
  'panel.notProvisioned': 'עדיין לא הוגדר.',
  'panel.setUpContactCenter':
    'אם הלקוח צריך צ׳אט, מנהל מצד הלקוח צריך להפעיל את "Set up Webex Contact Center".',
  'panel.services': 'סטטוס השירותים',
  'panel.state.operational': 'פעיל',
  'panel.state.degraded': 'פעילות חלקית',
  'panel.state.outage': 'תקלה',
  'panel.state.provisioning': 'בהקצאה',
  'panel.state.not_provisioned': 'לא הוקצה',
  'panel.roleSync': (p) =>
    `סנכרון תפקידים: ${plural('he', p.count, { one: 'מנהל אחד', other: '# מנהלים' })} (${p.toConnect} מ-Control Hub ל-Connect, ${p.toControlHub} מ-Connect ל-Control Hub).`,
  'panel.accountPending': 'פרטי החשבון יופיעו לאחר שארגון הלקוח ייווצר.',
  // Billing-address change and administrators (decisions/0007).
  'panel.address.title': 'כתובת לחיוב',
  'panel.address.change': 'שינוי כתובת החיוב',
  'panel.address.recheck':
    'שינוי הכתובת מפעיל שוב את הבדיקה מול רשימת הגורמים המוגבלים; הלקוח עשוי לעבור לבדיקה.',
  'panel.address.save': 'שמירת הכתובת',
  'panel.address.saved': 'כתובת החיוב נשמרה. הבדיקה מול רשימת הגורמים המוגבלים מתבצעת שוב.',
  'panel.address.busy': 'הלקוח משתנה כעת; שנה את הכתובת לאחר שיוקצה.',
  'panel.address.later': 'ניתן לשנות את כתובת החיוב לאחר שהלקוח יוקצה.',
  'panel.admins': 'מנהלים',
  'panel.noAdmins': 'אין עדיין מנהלים.',
  // The admins' roles and account states, as the role editor words them (this area keeps its own
  // copy so the panel's entry does not ship the role editor's catalogue).
  'panel.admin.status.verified': 'מאומת',
  'panel.admin.status.unverified': 'לא מאומת',
  'panel.admin.role.none': 'ללא תפקיד ניהול',
  'panel.admin.role.full_admin': 'מנהל מלא',
  'panel.admin.role.service_admin': 'מנהל שירות מרכז הקשר',
  'panel.admin.role.provisioning_admin': 'מנהל הקצאה',
  'panel.admin.role.read_only_admin': 'מנהל לקריאה בלבד',
  // A customer's provisioning status.
  'status.provisioned': 'הוקצה',
  'status.provisioned_with_errors': 'הוקצה עם שגיאות',
  'status.provisioning': 'בהקצאה',
  'status.updating': 'מתעדכן',
  'status.deleting': 'נמחק',
  'status.error': 'שגיאה',
  'status.pending_rpl_review': 'ממתין לבדיקת תאימות',
};

export default messages;
