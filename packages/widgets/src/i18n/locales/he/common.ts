import { plural } from '../../plural.js';
import type { Messages } from '../../types.js';
import type source from '../en/common.js';

// Shared by every component that talks to the service: states, errors, refusals.
const messages: Pick<Messages, keyof typeof source> = {
  'common.loading': 'טוען…',
  'common.retry': 'נסה שוב',
  'common.close': 'סגור',
  'common.cancel': 'ביטול',
  'common.error': 'משהו השתבש.',
  'common.errorWithTracking': (p) => `משהו השתבש. מספר אסמכתה: ${p.trackingId}.`,
  'common.offline': 'לא ניתן היה להתחבר לשירות. בדוק את החיבור ונסה שוב.',
  'common.forbidden': 'השירות סירב לפעולה זו של המנהל המחובר.',
  // Why the rules refuse an action (the contract's DenialReason): every widget words a 403 with it.
  'reason.no_relation': 'לארגון שלכם אין קשר לארגון הלקוח הזה.',
  'reason.role_not_applicable': 'משתמש מהארגון הזה אינו יכול להחזיק בתפקיד ניהול זה.',
  'reason.read_only': 'מנהלים לקריאה בלבד יכולים לצפות אך לא לשנות דבר.',
  'reason.read_only_no_service_access': 'למנהל לקריאה בלבד של ארגון הלקוח אין גישה לשירות מרכז הקשר.',
  'reason.standard_license_agent_only':
    'מנהל מלא עם רישיון Contact Center Standard יכול להתחבר רק ל-Agent Desktop.',
  'reason.user_management_not_allowed':
    'מנהלי שירות ומנהלי הקצאה אינם יכולים להוסיף, להסיר, להפעיל או להשבית משתמשים.',
  'reason.insufficient_role': 'תפקיד הניהול שלכם אינו מאפשר זאת.',
  'reason.service_admin_assigns_only_service_admin':
    'מנהל שירות מרכז הקשר יכול להקצות או לבטל רק את תפקיד מנהל השירות.',
  'reason.external_service_admin_customer_users_only':
    'מנהל שירות חיצוני יכול להעניק את התפקיד רק למשתמשי ארגון הלקוח.',
  'reason.target_org_has_contact_center': 'לארגון של המשתמש כבר יש שירות מרכז קשר.',
  'reason.target_partner_has_provisioning_access': 'הארגון של המשתמש הוא שותף עם גישת הקצאה ללקוח הזה.',
  'reason.role_exclusive': 'משתמש יכול להחזיק רק באחד מהתפקידים: מנהל מלא, מנהל שירות או מנהל לקריאה בלבד.',
  'reason.last_full_admin': 'המנהל המלא האחרון של הארגון אינו יכול לאבד את התפקיד.',
  'reason.admin_package_downgrade': 'לא ניתן להוריד את החבילה של המנהל המלא של הלקוח.',
  'reason.setup_wizard_not_allowed': 'רק מנהלים מלאים ומנהלי הקצאה של השותף מגדירים שירותים.',
  'reason.partner_only': 'רק מנהלי ארגון השותף יכולים לעשות זאת.',
  'reason.account_not_activated':
    'החשבון שלך עדיין לא פעיל: השלם קודם את הודעת הפתיחה (תחילת העבודה, סיסמה, תנאי השירות).',
  'reason.account_deactivated': 'החשבון שלך הושבת.',
  // The days left of a trial.
  'trial.daysLeft': (p) =>
    plural('he', p.count, { one: 'נותר יום אחד', two: 'נותרו יומיים', other: 'נותרו # ימים' }),
  // Contact-center license names (the role editor, the wizard, the panel).
  'license.cc_standard': 'Webex Contact Center Standard',
  'license.cc_premium': 'Webex Contact Center Premium',
  // The tier alone, where a column heading already says which product (the role editor's list).
  'license.tier.cc_standard': 'Standard',
  'license.tier.cc_premium': 'Premium',
  // What a 429 says: when the user may try again (the server's Retry-After, in whole seconds).
  'rateLimit.tooMany': 'יותר מדי בקשות. המתן רגע ונסה שוב.',
  'rateLimit.waitFor': (p) =>
    plural('he', p.seconds, {
      one: 'יותר מדי בקשות; אפשר לנסות שוב בעוד שנייה אחת.',
      two: 'יותר מדי בקשות; אפשר לנסות שוב בעוד שתי שניות.',
      other: 'יותר מדי בקשות; אפשר לנסות שוב בעוד # שניות.',
    }),
};

export default messages;
