import { plural } from '../../plural.js';
import type { Messages } from '../../types.js';
import type source from '../en/problems.js';

// What `commonProblemMessage` says beyond the common errors, for the widgets that word their
// problems with it (the wizard, the panel, the onboarding form; not the role editor): the automatic
// retry of a short 429 wait, an account that may not use the service yet, the wholesale package rules.
const messages: Pick<Messages, keyof typeof source> = {
  'rateLimit.retrying': (p) =>
    plural('he', p.seconds, {
      one: 'יותר מדי בקשות; ניסיון חוזר אוטומטי בעוד שנייה אחת.',
      two: 'יותר מדי בקשות; ניסיון חוזר אוטומטי בעוד שתי שניות.',
      other: 'יותר מדי בקשות; ניסיון חוזר אוטומטי בעוד # שניות.',
    }),
  'rateLimit.over': 'אפשר לנסות שוב עכשיו.',
  'common.accountNotActivated':
    'החשבון שלך עדיין לא פעיל. פתח את הודעת הפתיחה בדוא"ל, בחר "תחילת העבודה", הגדר סיסמה וקבל את תנאי השירות, ואז היכנס שוב.',
  'common.accountDeactivated': 'החשבון שלך הושבת על ידי מנהל בארגון שלך.',
  'problem.admin_package_downgrade': 'המנהל המלא של הלקוח שומר על רמת החבילה של הלקוח: לא ניתן להוריד אותה.',
  'problem.admin_package_level': 'מנהלי מערכת מחזיקים ברמת החבילה של הלקוח או ברמה גבוהה ממנה.',
};

export default messages;
