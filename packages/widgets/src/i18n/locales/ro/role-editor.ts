import { plural } from '../../plural.js';
import type { Messages } from '../../types.js';
import type source from '../en/role-editor.js';

// The admin role editor (DOMAIN §2): users, admin roles, contact-center licenses, external admins.
const messages: Pick<Messages, keyof typeof source> = {
  'roles.title': 'Utilizatori și administratori',
  'roles.notConfigured': 'Conectați editorul de roluri la API-ul Onramp și alegeți o organizație client.',
  'roles.search': 'Căutați după nume sau e-mail',
  'roles.filter': 'Afișează',
  'roles.filter.all': 'Toți utilizatorii',
  'roles.filter.administrators': 'Administratori',
  'roles.filter.external_admins': 'Toți administratorii externi',
  'roles.count': (p) =>
    plural('ro', p.count, { one: '# utilizator', few: '# utilizatori', other: '# de utilizatori' }),
  'roles.empty': 'Niciun utilizator nu corespunde.',
  'roles.column.user': 'Utilizator',
  'roles.column.status': 'Stare',
  'roles.column.license': 'Licență contact center',
  'roles.column.role': 'Rol de administrator',
  'roles.loadingRow': 'Se încarcă…',
  'roles.listKeys':
    'În listă, săgețile sus și jos, Page Up, Page Down, Home și End trec de la un utilizator la altul; Enter îl deschide.',
  'roles.manage': (p) => `Gestionați ${p.name}`,
  'roles.partnerOf': (p) => `Partener: ${p.org}`,
  'roles.externalOf': (p) => `Extern: ${p.org}`,
  'roles.status.verified': 'Verificat',
  'roles.status.unverified': 'Neverificat',
  'roles.role.none': 'Fără rol de administrator',
  'roles.role.full_admin': 'Administrator complet',
  'roles.role.service_admin': 'Administrator al serviciului contact center',
  'roles.role.provisioning_admin': 'Administrator de provizionare',
  'roles.role.read_only_admin': 'Administrator doar citire',
  'roles.license.none': 'Fără licență contact center',
  'roles.license.noneShort': 'Fără',
  'roles.editor.role': 'Rol de administrator',
  'roles.editor.license': 'Licență contact center',
  'roles.editor.applyRole': 'Schimbați rolul',
  'roles.editor.applyLicense': 'Schimbați licența',
  'roles.editor.resend': 'Retrimiteți invitația',
  'roles.editor.resent': (p) => `Invitația a fost retrimisă la ${p.email}.`,
  'roles.editor.partnerRole': (p) =>
    `${p.org} este organizația parteneră care administrează acest client: rolurile de administrator ale utilizatorilor săi se acordă și se retrag acolo, nu aici.`,
  'roles.editor.readOnlyLicense': 'Doar utilizatorii organizației client dețin licențele acesteia.',
  'roles.confirm.role': (p) => `Schimbați rolul de administrator al lui ${p.name} în „${p.role}”?`,
  'roles.confirm.license': (p) => `Schimbați licența contact center a lui ${p.name} în „${p.license}”?`,
  'roles.confirm.apply': 'Aplicați',
  'roles.confirm.irreversible': (p: { org: string }) =>
    `Acest lucru nu poate fi anulat aici: ${p.org} nu este organizația clientului, iar utilizatorii ei nu mai primesc acest rol.`,
  'roles.changed.role': (p) => `${p.name} este acum: ${p.role}.`,
  'roles.changed.license': (p) => `${p.name} are acum: ${p.license}.`,
  'roles.stale':
    'Altcineva a modificat între timp acest utilizator. Sunt afișate valorile actuale: verificați-le și încercați din nou.',
  'roles.warning.standard_license_agent_only':
    'Acest utilizator are o licență Contact Center Standard: ca administrator complet se poate conecta doar la Agent Desktop, nu și la portalul de administrare.',
  'roles.addExternal': 'Adăugați un administrator extern',
  'roles.addExternal.email': 'E-mailul utilizatorului extern',
  'roles.addExternal.help':
    'Utilizatorul altei organizații primește aici rolul de administrator al serviciului contact center.',
  'roles.addExternal.submit': 'Adăugați ca administrator al serviciului',
  'roles.addExternal.added': (p) => `${p.email} este acum administrator al serviciului contact center.`,
  'roles.addExternal.notFound': 'Niciun utilizator nu are acest e-mail.',
  'roles.addExternal.already_admin':
    'Acest utilizator are deja un rol de administrator în această organizație.',
  'roles.addExternal.not_external_user': 'Acesta este un utilizator al acestei organizații, nu unul extern.',
  'roles.addExternal.invalid': 'Introduceți o adresă de e-mail validă.',
  'roles.addUser': 'Adăugați un utilizator',
  'roles.addUser.email': 'Adresa de e-mail',
  'roles.addUser.firstName': 'Prenume (opțional)',
  'roles.addUser.lastName': 'Nume (opțional)',
  'roles.addUser.help':
    'Utilizatorul acestei organizații primește un e-mail de invitație; setați apoi licența și rolul de administrator.',
  'roles.addUser.submit': 'Adăugați și invitați',
  'roles.addUser.added': (p: { email: string }) => `${p.email} a fost adăugat și invitat.`,
  'roles.addUser.email_in_use': 'Această adresă aparține deja unui utilizator.',
  'roles.status.deactivated': 'Dezactivat',
  'roles.editor.details': 'Detalii',
  'roles.editor.firstName': 'Prenume',
  'roles.editor.lastName': 'Nume',
  'roles.editor.saveDetails': 'Salvați detaliile',
  'roles.editor.deactivate': 'Dezactivați utilizatorul',
  'roles.editor.activate': 'Activați utilizatorul',
  'roles.confirm.deactivate': (p: { name: string }) =>
    `Dezactivați ${p.name}? Nu se va mai putea conecta; licența și rolul de administrator rămân.`,
  'roles.confirm.deactivateApply': 'Dezactivați',
  'roles.changed.deactivated': (p: { name: string }) => `${p.name} a fost dezactivat.`,
  'roles.changed.activated': (p: { name: string }) => `${p.name} a fost activat.`,
  'roles.changed.details': (p: { name: string }) => `Detaliile lui ${p.name} au fost salvate.`,
  'roles.editor.remove': 'Eliminați utilizatorul',
  'roles.confirm.remove': (p: { name: string }) =>
    `Eliminați ${p.name} din organizație? Își pierde accesul, licența și rolul de administrator.`,
  'roles.confirm.removeApply': 'Eliminați',
  'roles.removed': (p: { name: string }) => `${p.name} a fost eliminat.`,
  'roles.left': (p: { name: string }) => `${p.name} nu mai este administrator al acestei organizații.`,
  'roles.saving': 'Se salvează…',
  'roles.rolledBack': (p: { reason: string }) => `Modificarea a fost anulată: ${p.reason}`,
  'roles.lost.checking':
    'Nu am putut confirma dacă modificarea a fost salvată: răspunsul nu a sosit. Verificăm starea actuală a utilizatorului…',
  'roles.lost.saved':
    'Răspunsul la modificarea dvs. s-a pierdut, dar starea actuală a utilizatorului arată că a fost salvată.',
  'roles.lost.notSaved':
    'Răspunsul la modificarea dvs. s-a pierdut, iar starea actuală a utilizatorului arată că nu a fost salvată. Alegerea dvs. este păstrată: aplicați-o din nou.',
  'roles.lost.unknown':
    'Nu am putut confirma dacă modificarea a fost salvată: serviciul nu poate fi contactat. Alegerea dvs. este păstrată; o puteți aplica din nou fără risc și veți afla dacă era deja salvată.',
  'roles.lost.already': 'Această modificare este deja salvată: utilizatorul este afișat așa cum este acum.',
  'roles.choiceKept': 'Alegerea dvs. este păstrată: aplicați-o din nou.',
  'roles.problem.license_not_offered': 'Platforma organizației nu oferă această licență.',
  'roles.problem.license_limit_reached': 'Toate licențele de acest tip sunt deja atribuite.',
  'roles.problem.user_not_in_org':
    'Utilizatorul aparține altei organizații: revocați-i rolul de administrator.',
  'roles.license.platform.1.0': 'Licențele platformei 1.0.',
  'roles.license.platform.new_platform': 'Licențele noii platforme.',
  'roles.license.noPlatform':
    'Nicio licență de centru de contact nu poate fi atribuită până la finalizarea configurării serviciilor; o licență existentă poate fi eliminată.',
  'license.1.0.cc_standard': 'Standard Agent',
  'license.1.0.cc_premium': 'Premium Agent',
  'license.new_platform.cc_standard': 'Webex Contact Center Standard',
  'license.new_platform.cc_premium': 'Webex Contact Center',
  'roles.import': 'Import din CSV',
  'roles.import.help':
    'Descărcați șablonul, modificați doar coloanele „Webex Contact Center Standard” și „Webex Contact Center” la TRUE sau FALSE (o licență per utilizator) și încărcați-l. Vedeți fiecare modificare înainte de aplicare; un fișier cu orice eroare nu schimbă nimic.',
  'roles.import.template': 'Descărcați șablonul',
  'roles.import.templateReady': (p: { count: number }) =>
    plural('ro', p.count, {
      one: 'Șablon descărcat cu # utilizator.',
      few: 'Șablon descărcat cu # utilizatori.',
      other: 'Șablon descărcat cu # de utilizatori.',
    }),
  'roles.import.file': 'Fișier CSV',
  'roles.import.drop': 'Sau trageți fișierul CSV aici.',
  'roles.import.checking': (p: { file: string }) => `Se verifică ${p.file}…`,
  'roles.import.invalid': (p: { file: string }) => `${p.file} nu poate fi citit ca șablonul de utilizatori:`,
  'roles.import.fileError.empty': 'fișierul este gol.',
  'roles.import.fileError.unclosed_quote': 'o valoare între ghilimele nu este închisă.',
  'roles.import.fileError.not_text':
    'nu este un fișier text CSV (o foaie de calcul? Salvați-o mai întâi ca CSV UTF-8).',
  'roles.import.fileError.missing_email_column': 'antetul nu are coloana „User ID/Email (Required)”.',
  'roles.import.fileError.unknown_columns': (p: { columns: string }) =>
    `aceste coloane nu sunt în șablon: ${p.columns}.`,
  'roles.import.fileError.duplicate_columns': (p: { columns: string }) =>
    `aceste coloane apar de două ori: ${p.columns}.`,
  'roles.import.fileError.too_many_rows': 'are mai mult de 10.000 de rânduri.',
  'roles.import.fileError.too_large': 'este mai mare de 10 MB.',
  'roles.import.rows': (p: { count: number }) =>
    plural('ro', p.count, { one: '# rând', few: '# rânduri', other: '# de rânduri' }),
  'roles.import.counts': (p: {
    file: string;
    rows: string;
    changed: string;
    unchanged: string;
    errors: string;
  }) =>
    `${p.file}: ${p.rows} — de modificat: ${p.changed}, neschimbate: ${p.unchanged}, cu erori: ${p.errors}.`,
  'roles.import.checkedHere':
    'Fișierul însuși are erori, deci nu a fost trimis. Corectați aceste rânduri și alegeți din nou fișierul.',
  'roles.import.hasErrors':
    'Unele rânduri au erori: corectați-le și alegeți din nou fișierul. Nu se schimbă nimic cât timp un rând are erori.',
  'roles.import.nothingToChange': 'Fișierul nu schimbă nimic.',
  'roles.import.ready': 'Fișierul este valid. Verificați modificările de mai jos, apoi aplicați-le.',
  'roles.import.apply': (p: { count: number }) =>
    plural('ro', p.count, {
      one: 'Aplicați # modificare',
      few: 'Aplicați # modificări',
      other: 'Aplicați # de modificări',
    }),
  'roles.import.applying': 'Se aplică…',
  'roles.import.done': (p: { count: number }) =>
    plural('ro', p.count, {
      one: 'Gata: # utilizator modificat.',
      few: 'Gata: # utilizatori modificați.',
      other: 'Gata: # de utilizatori modificați.',
    }),
  'roles.import.changedMeanwhile': (p: { users: string }) =>
    `Altcineva a modificat licența acestor utilizatori după previzualizare; s-au aplicat valorile din fișier: ${p.users}.`,
  'roles.import.another': 'Importați alt fișier',
  'roles.import.notApplied': 'Fișierul nu a fost aplicat; nu s-a schimbat nimic.',
  'roles.import.preview': 'Previzualizarea importului',
  'roles.import.column.row': 'Rând',
  'roles.import.column.user': 'Utilizator',
  'roles.import.column.result': 'Rezultat',
  'roles.import.change': (p: { from: string; to: string }) => `Acum: ${p.from}. După: ${p.to}.`,
  'roles.import.more': (p: { count: number }) =>
    plural('ro', p.count, { one: 'și încă # rând', few: 'și încă # rânduri', other: 'și încă # de rânduri' }),
  'roles.import.rowError': (p: { row: string; column: string; text: string }) =>
    `Rândul ${p.row}, coloana „${p.column}”: ${p.text}`,
  'roles.import.rowErrorNoColumn': (p: { row: string; text: string }) => `Rândul ${p.row}: ${p.text}`,
  'roles.import.reason.missing_email': 'lipsește adresa de e-mail a utilizatorului.',
  'roles.import.reason.duplicate_user': 'acest utilizator apare deja într-un rând anterior.',
  'roles.import.reason.invalid_boolean': 'folosiți TRUE sau FALSE ori lăsați gol.',
  'roles.import.reason.both_licenses':
    'un utilizator are o singură licență de centru de contact: TRUE într-o singură coloană.',
  'roles.import.reason.user_not_found': 'niciun utilizator al organizației nu are această adresă.',
  'roles.import.reason.column_not_editable':
    'se pot modifica doar cele două coloane de centru de contact; păstrați această valoare.',
  'roles.import.reason.license_limit_reached': 'nu a mai rămas nicio licență de acest tip.',
  'roles.import.reason.license_not_offered': 'platforma organizației nu oferă această licență.',
};

export default messages;
