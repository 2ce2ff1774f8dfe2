import { plural } from '../../plural.js';
import type { Messages } from '../../types.js';
import type source from '../en/common.js';

// Shared by every component: states, errors, statuses.
const messages: Pick<Messages, keyof typeof source> = {
  'common.loading': 'טוען…',
  'common.retry': 'נסה שוב',
  'common.close': 'סגור',
  'common.cancel': 'ביטול',
  'common.save': 'שמור',
  'common.next': 'הבא',
  'common.back': 'הקודם',
  'common.error': 'משהו השתבש.',
  'common.errorWithTracking': (p) => `משהו השתבש. מספר אסמכתה: ${p.trackingId}.`,
  'common.empty': 'אין כאן עדיין כלום.',
  'common.offline': 'לא ניתן היה להתחבר לשירות. בדוק את החיבור ונסה שוב.',
  'common.accountNotActivated':
    'החשבון שלך עדיין לא פעיל. פתח את הודעת הפתיחה בדוא"ל, בחר "תחילת העבודה", הגדר סיסמה וקבל את תנאי השירות, ואז היכנס שוב.',
  'common.accountDeactivated': 'החשבון שלך הושבת על ידי מנהל בארגון שלך.',
  'common.forbidden': 'אין לך הרשאה לבצע פעולה זו.',
  'problem.admin_package_downgrade': 'המנהל המלא של הלקוח שומר על רמת החבילה של הלקוח: לא ניתן להוריד אותה.',
  'problem.admin_package_level': 'מנהלי מערכת מחזיקים ברמת החבילה של הלקוח או ברמה גבוהה ממנה.',
  'common.itemCount': (p) => plural('he', p.count, { one: 'פריט אחד', two: 'שני פריטים', other: '# פריטים' }),
  'status.provisioned': 'הוקצה',
  'status.provisioned_with_errors': 'הוקצה עם שגיאות',
  'status.provisioning': 'בהקצאה',
  'status.updating': 'מתעדכן',
  'status.deleting': 'נמחק',
  'status.error': 'שגיאה',
  'status.pending_rpl_review': 'ממתין לבדיקת תאימות',
  'trial.daysLeft': (p) =>
    plural('he', p.count, { one: 'נותר יום אחד', two: 'נותרו יומיים', other: 'נותרו # ימים' }),
  'common.yes': 'כן',
  'common.notNow': 'לא עכשיו',
};

export default messages;
