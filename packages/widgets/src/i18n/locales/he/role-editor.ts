import { plural } from '../../plural.js';
import type { Messages } from '../../types.js';
import type source from '../en/role-editor.js';

// The admin role editor (DOMAIN §2): users, admin roles, contact-center licenses, external admins.
const messages: Pick<Messages, keyof typeof source> = {
  'roles.title': 'משתמשים ומנהלים',
  'roles.notConfigured': 'חברו את עורך התפקידים ל-API של Onramp ובחרו ארגון לקוח.',
  'roles.search': 'חיפוש לפי שם או דוא״ל',
  'roles.filter': 'הצג',
  'roles.filter.all': 'כל המשתמשים',
  'roles.filter.administrators': 'מנהלים',
  'roles.filter.external_admins': 'כל המנהלים החיצוניים',
  'roles.count': (p) => plural('he', p.count, { one: 'משתמש אחד', two: 'שני משתמשים', other: '# משתמשים' }),
  'roles.empty': 'לא נמצאו משתמשים מתאימים.',
  'roles.column.user': 'משתמש',
  'roles.column.status': 'מצב',
  'roles.column.license': 'רישיון מרכז קשר',
  'roles.column.role': 'תפקיד ניהול',
  'roles.loadingRow': 'טוען…',
  'roles.listKeys':
    'ברשימה, החצים למעלה ולמטה, Page Up, Page Down, Home ו־End עוברים בין משתמשים; Enter פותח משתמש.',
  'roles.manage': (p) => `ניהול ${p.name}`,
  'roles.partnerOf': (p) => `שותף: ${p.org}`,
  'roles.externalOf': (p) => `חיצוני: ${p.org}`,
  'roles.status.verified': 'מאומת',
  'roles.status.unverified': 'לא מאומת',
  'roles.role.none': 'ללא תפקיד ניהול',
  'roles.role.full_admin': 'מנהל מלא',
  'roles.role.service_admin': 'מנהל שירות מרכז הקשר',
  'roles.role.provisioning_admin': 'מנהל הקצאה',
  'roles.role.read_only_admin': 'מנהל לקריאה בלבד',
  'roles.license.none': 'ללא רישיון מרכז קשר',
  'roles.license.noneShort': 'אין',
  'roles.editor.role': 'תפקיד ניהול',
  'roles.editor.license': 'רישיון מרכז קשר',
  'roles.editor.applyRole': 'שינוי תפקיד',
  'roles.editor.applyLicense': 'שינוי רישיון',
  'roles.editor.resend': 'שליחת ההזמנה מחדש',
  'roles.editor.resent': (p) => `ההזמנה נשלחה שוב אל ${p.email}.`,
  'roles.editor.partnerRole': (p) =>
    `${p.org} הוא ארגון השותף שמנהל את הלקוח הזה: תפקידי הניהול של המשתמשים שלו ניתנים ונלקחים שם, לא כאן.`,
  'roles.editor.readOnlyLicense': 'רק למשתמשי ארגון הלקוח יש את הרישיונות שלו.',
  'roles.confirm.role': (p) => `לשנות את תפקיד הניהול של ${p.name} ל„${p.role}”?`,
  'roles.confirm.license': (p) => `לשנות את רישיון מרכז הקשר של ${p.name} ל„${p.license}”?`,
  'roles.confirm.apply': 'החל',
  'roles.confirm.irreversible': (p: { org: string }) =>
    `לא ניתן לבטל זאת כאן: ${p.org} אינו ארגון הלקוח, ולמשתמשיו לא יינתן תפקיד זה שוב.`,
  'roles.changed.role': (p) => `${p.name} כעת: ${p.role}.`,
  'roles.changed.license': (p) => `ל${p.name} יש כעת: ${p.license}.`,
  'roles.stale': 'מישהו אחר שינה את המשתמש בינתיים. מוצגים הערכים העדכניים: בדקו אותם ונסו שוב.',
  'roles.warning.standard_license_agent_only':
    'למשתמש זה רישיון Contact Center Standard: כמנהל מלא הוא יוכל להתחבר רק ל-Agent Desktop, לא לפורטל הניהול.',
  'roles.addExternal': 'הוספת מנהל חיצוני',
  'roles.addExternal.email': 'הדוא״ל של המשתמש החיצוני',
  'roles.addExternal.help': 'המשתמש מארגון אחר יקבל כאן את תפקיד מנהל שירות מרכז הקשר.',
  'roles.addExternal.submit': 'הוספה כמנהל שירות',
  'roles.addExternal.added': (p) => `${p.email} הוא כעת מנהל שירות מרכז הקשר.`,
  'roles.addExternal.notFound': 'אין משתמש עם הדוא״ל הזה.',
  'roles.addExternal.already_admin': 'למשתמש זה כבר יש תפקיד ניהול בארגון הזה.',
  'roles.addExternal.not_external_user': 'זהו משתמש של הארגון הזה, לא משתמש חיצוני.',
  'roles.addExternal.invalid': 'הזינו כתובת דוא״ל תקינה.',
  'roles.addUser': 'הוספת משתמש',
  'roles.addUser.email': 'דוא״ל',
  'roles.addUser.firstName': 'שם פרטי (רשות)',
  'roles.addUser.lastName': 'שם משפחה (רשות)',
  'roles.addUser.help': 'המשתמש בארגון זה יקבל הזמנה בדוא״ל; את הרישיון ואת תפקיד הניהול קובעים אחר כך.',
  'roles.addUser.submit': 'הוספה ושליחת הזמנה',
  'roles.addUser.added': (p: { email: string }) => `${p.email} נוסף/ה והוזמן/ה.`,
  'roles.addUser.email_in_use': 'כתובת זו כבר שייכת למשתמש.',
  'roles.status.deactivated': 'מושבת',
  'roles.editor.details': 'פרטים',
  'roles.editor.firstName': 'שם פרטי',
  'roles.editor.lastName': 'שם משפחה',
  'roles.editor.saveDetails': 'שמירת פרטים',
  'roles.editor.deactivate': 'השבתת משתמש',
  'roles.editor.activate': 'הפעלת משתמש',
  'roles.confirm.deactivate': (p: { name: string }) =>
    `להשבית את ${p.name}? לא תהיה לו עוד אפשרות להיכנס; הרישיון ותפקיד הניהול נשמרים.`,
  'roles.confirm.deactivateApply': 'השבתה',
  'roles.changed.deactivated': (p: { name: string }) => `${p.name} הושבת.`,
  'roles.changed.activated': (p: { name: string }) => `${p.name} הופעל.`,
  'roles.changed.details': (p: { name: string }) => `הפרטים של ${p.name} נשמרו.`,
  'roles.editor.remove': 'הסרת משתמש',
  'roles.confirm.remove': (p: { name: string }) =>
    `להסיר את ${p.name} מהארגון? הגישה, הרישיון ותפקיד הניהול יאבדו.`,
  'roles.confirm.removeApply': 'הסרה',
  'roles.removed': (p: { name: string }) => `${p.name} הוסר/ה.`,
  'roles.left': (p: { name: string }) => `${p.name} כבר אינו/ה מנהל/ת של ארגון זה.`,
  'roles.saving': 'שומר…',
  'roles.rolledBack': (p: { reason: string }) => `השינוי בוטל: ${p.reason}`,
  'roles.lost.checking': 'לא הצלחנו לאשר אם השינוי נשמר: התשובה לא הגיעה. בודקים את המצב הנוכחי של המשתמש…',
  'roles.lost.saved': 'התשובה לשינוי שלך אבדה, אך המצב הנוכחי של המשתמש מראה שהשינוי נשמר.',
  'roles.lost.notSaved':
    'התשובה לשינוי שלך אבדה, והמצב הנוכחי של המשתמש מראה שהשינוי לא נשמר. הבחירה שלך נשמרה: החל/י אותה שוב.',
  'roles.lost.unknown':
    'לא הצלחנו לאשר אם השינוי נשמר: לא ניתן להגיע לשירות. הבחירה שלך נשמרה; אפשר להחיל אותה שוב בבטחה, ויוצג אם השינוי כבר נשמר.',
  'roles.lost.already': 'השינוי הזה כבר נשמר: המשתמש מוצג כפי שהוא עכשיו.',
  'roles.choiceKept': 'הבחירה שלך נשמרה: החל/י אותה שוב.',
  'roles.problem.license_not_offered': 'הפלטפורמה של הארגון אינה מציעה רישיון זה.',
  'roles.problem.license_limit_reached': 'כל הרישיונות מסוג זה כבר הוקצו.',
  'roles.problem.user_not_in_org': 'המשתמש שייך לארגון אחר: יש לבטל את תפקיד הניהול שלו במקום זאת.',
  'roles.license.platform.1.0': 'רישיונות של פלטפורמה 1.0.',
  'roles.license.platform.new_platform': 'רישיונות של הפלטפורמה החדשה.',
  'roles.license.noPlatform':
    'לא ניתן להקצות רישיון מוקד קשר עד להשלמת הגדרת השירותים; ניתן להסיר רישיון קיים.',
  'license.1.0.cc_standard': 'Standard Agent',
  'license.1.0.cc_premium': 'Premium Agent',
  'license.new_platform.cc_standard': 'Webex Contact Center Standard',
  'license.new_platform.cc_premium': 'Webex Contact Center',
  'roles.import': 'ייבוא מ-CSV',
  'roles.import.help':
    'הורידו את התבנית, שנו רק את העמודות „Webex Contact Center Standard” ו-„Webex Contact Center” ל-TRUE או FALSE (רישיון אחד למשתמש) והעלו אותה. כל שינוי מוצג לפני שהוא מוחל; קובץ עם שגיאה כלשהי אינו משנה דבר.',
  'roles.import.template': 'הורדת התבנית',
  'roles.import.templateReady': (p: { count: number }) =>
    plural('he', p.count, {
      one: 'התבנית הורדה עם משתמש אחד.',
      two: 'התבנית הורדה עם שני משתמשים.',
      other: 'התבנית הורדה עם # משתמשים.',
    }),
  'roles.import.file': 'קובץ CSV',
  'roles.import.drop': 'או גררו את קובץ ה-CSV לכאן.',
  'roles.import.checking': (p: { file: string }) => `בודק את ${p.file}…`,
  'roles.import.invalid': (p: { file: string }) => `לא ניתן לקרוא את ${p.file} כתבנית המשתמשים:`,
  'roles.import.fileError.empty': 'הקובץ ריק.',
  'roles.import.fileError.unclosed_quote': 'ערך במרכאות לא נסגר.',
  'roles.import.fileError.not_text':
    'זה אינו קובץ טקסט CSV (גיליון אלקטרוני? יש לשמור אותו קודם כ-CSV UTF-8).',
  'roles.import.fileError.missing_email_column': 'בכותרת אין עמודה „User ID/Email (Required)”.',
  'roles.import.fileError.unknown_columns': (p: { columns: string }) =>
    `העמודות האלה אינן בתבנית: ${p.columns}.`,
  'roles.import.fileError.duplicate_columns': (p: { columns: string }) =>
    `העמודות האלה מופיעות פעמיים: ${p.columns}.`,
  'roles.import.fileError.too_many_rows': 'יש בו יותר מ-10,000 שורות.',
  'roles.import.fileError.too_large': 'הוא גדול מ-10 MB.',
  'roles.import.rows': (p: { count: number }) =>
    plural('he', p.count, { one: 'שורה אחת', two: 'שתי שורות', other: '# שורות' }),
  'roles.import.counts': (p: {
    file: string;
    rows: string;
    changed: string;
    unchanged: string;
    errors: string;
  }) => `${p.file}: ${p.rows} — ישתנו: ${p.changed}, ללא שינוי: ${p.unchanged}, עם שגיאות: ${p.errors}.`,
  'roles.import.checkedHere':
    'בקובץ עצמו יש שגיאות, ולכן הוא לא נשלח. תקנו את השורות האלה ובחרו את הקובץ שוב.',
  'roles.import.hasErrors':
    'בחלק מהשורות יש שגיאות: תקנו אותן ובחרו את הקובץ שוב. דבר לא משתנה כל עוד יש שורה עם שגיאה.',
  'roles.import.nothingToChange': 'הקובץ אינו משנה דבר.',
  'roles.import.ready': 'הקובץ תקין. בדקו את השינויים שלמטה והחילו אותם.',
  'roles.import.apply': (p: { count: number }) =>
    plural('he', p.count, { one: 'החלת שינוי אחד', two: 'החלת שני שינויים', other: 'החלת # שינויים' }),
  'roles.import.applying': 'מחיל…',
  'roles.import.done': (p: { count: number }) =>
    plural('he', p.count, {
      one: 'בוצע: משתמש אחד שונה.',
      two: 'בוצע: שני משתמשים שונו.',
      other: 'בוצע: # משתמשים שונו.',
    }),
  'roles.import.changedMeanwhile': (p: { users: string }) =>
    `מישהו אחר שינה את הרישיון של משתמשים אלה אחרי התצוגה המקדימה; הוחלו הערכים מהקובץ: ${p.users}.`,
  'roles.import.another': 'ייבוא קובץ אחר',
  'roles.import.notApplied': 'הקובץ לא הוחל; דבר לא השתנה.',
  'roles.import.preview': 'תצוגה מקדימה של הייבוא',
  'roles.import.column.row': 'שורה',
  'roles.import.column.user': 'משתמש',
  'roles.import.column.result': 'תוצאה',
  'roles.import.change': (p: { from: string; to: string }) => `כעת: ${p.from}. אחרי: ${p.to}.`,
  'roles.import.more': (p: { count: number }) =>
    plural('he', p.count, { one: 'ועוד שורה אחת', two: 'ועוד שתי שורות', other: 'ועוד # שורות' }),
  'roles.import.rowError': (p: { row: string; column: string; text: string }) =>
    `שורה ${p.row}, עמודה „${p.column}”: ${p.text}`,
  'roles.import.rowErrorNoColumn': (p: { row: string; text: string }) => `שורה ${p.row}: ${p.text}`,
  'roles.import.reason.missing_email': 'חסרה כתובת הדוא״ל של המשתמש.',
  'roles.import.reason.duplicate_user': 'משתמש זה כבר מופיע בשורה קודמת.',
  'roles.import.reason.invalid_boolean': 'יש לרשום TRUE או FALSE, או להשאיר ריק.',
  'roles.import.reason.both_licenses': 'למשתמש רישיון מוקד קשר אחד בלבד: TRUE בעמודה אחת בלבד.',
  'roles.import.reason.user_not_found': 'אין בארגון משתמש עם כתובת זו.',
  'roles.import.reason.column_not_editable':
    'רק שתי עמודות מוקד הקשר ניתנות לשינוי; השאירו ערך זה כמות שהוא.',
  'roles.import.reason.license_limit_reached': 'לא נותרו רישיונות מסוג זה.',
  'roles.import.reason.license_not_offered': 'הפלטפורמה של הארגון אינה מציעה רישיון זה.',
};

export default messages;
