import type { Messages } from '../../types.js';
import type source from '../en/setup-wizard.js';

// The services setup wizard and its entry prompt (DOMAIN §1).
const messages: Pick<Messages, keyof typeof source> = {
  'wizard.title': 'Configurarea serviciilor de centru de contact',
  'wizard.progressLabel': 'Pașii configurării',
  'wizard.stepOf': (p) => `Pasul ${p.current} din ${p.total}`,
  'wizard.step.summary': 'Rezumat',
  'wizard.step.calling': 'Configurarea apelurilor',
  'wizard.step.country': 'Țara de operare',
  'wizard.step.time_zone': 'Fusul orar al clientului',
  'wizard.step.platform': 'Platformă',
  'wizard.step.telephony': 'Telefonie',
  'wizard.step.review': 'Verificare',
  'wizard.step.provisioning': 'Configurare',
  'wizard.step.summary_download': 'Rezumatul comenzii',
  'wizard.summary.intro':
    'Verificați licențele de centru de contact ale acestui client, apoi configurați serviciile.',
  'wizard.summary.trial': (p) => `Perioadă de probă ${p.reference}`,
  'wizard.summary.subscription': (p) => `Comanda de abonament ${p.reference}`,
  'wizard.summary.ccai': 'Serviciile de inteligență artificială pentru centrul de contact sunt incluse.',
  'wizard.summary.pstn': 'Suplimentul Cisco PSTN este inclus.',
  'wizard.setUp': 'Configurați',
  'wizard.licenseQuantity': (p) => `${p.license}: ${p.quantity}`,
  'wizard.calling.intro': 'Verificați adresa SIP a organizației.',
  'wizard.calling.sipAddress': 'Adresă SIP',
  'wizard.country.label': 'Țară sau regiune',
  'wizard.country.help':
    'Clientul este creat în centrul de date care deservește această țară. Pentru o implementare locală, alegeți cea mai apropiată țară acceptată.',
  'wizard.country.dataCenter': (p) => `Centru de date: ${p.dataCenter}`,
  'wizard.country.incompatible':
    'Locație incompatibilă: această țară nu poate fi folosită pentru această comandă. Contactați echipa de asigurare a soluțiilor pentru a configura aici serviciile de centru de contact.',
  'wizard.country.pstn':
    'Suplimentul Cisco PSTN din această comandă se vinde doar pentru Statele Unite: alegeți Statele Unite.',
  'wizard.country.locked': 'Țara de operare este confirmată și nu mai poate fi schimbată.',
  'wizard.confirm.title': 'Confirmați țara de operare',
  'wizard.confirm.body': (p) =>
    `Urmează să setați ${p.country} ca țară de operare. După confirmare, nu va mai putea fi schimbată niciodată.`,
  'wizard.confirm.confirm': 'Confirmați',
  'wizard.timeZone.label': 'Fusul orar al clientului',
  'wizard.timeZone.help': 'Ales după regiunea de operare; îl puteți schimba.',
  'wizard.timeZone.newPlatform': 'Pe noua platformă, acesta este și fusul orar al serviciului Webex Connect.',
  'wizard.platform.label': 'Platforma centrului de contact',
  'wizard.platform.whatYouSetUp': 'Iată ce veți configura',
  'wizard.telephony.label': 'Opțiunea de telefonie',
  'telephony.webex_calling': 'Operatori Webex Calling și PSTN prin Webex Calling',
  'telephony.third_party_via_webex_calling': 'Telefonie externă sau terță prin serviciile PSTN Webex Calling',
  'telephony.third_party_via_vpop': 'Telefonie externă sau terță prin VPOP',
  'wizard.telephony.legacy': 'Variantă veche: nerecomandată clienților noi.',
  'wizard.telephony.needsCalling': 'Necesită un abonament Webex Calling activ.',
  'wizard.telephony.noCalling': 'Indisponibil: această organizație nu are un abonament Webex Calling activ.',
  'wizard.telephony.free': 'Adăugat gratuit la comandă.',
  'wizard.telephony.locked':
    'Selectată automat deoarece a fost comandat suplimentul Cisco PSTN; nu poate fi schimbată.',
  'wizard.review.intro':
    'Verificați detaliile abonamentului, apoi trimiteți. Configurarea durează câteva minute.',
  'wizard.review.edit': 'Înapoi pentru editare',
  'wizard.review.licenses': 'Licențe de contact center',
  'wizard.review.dataCenter': 'Centru de date',
  'wizard.submit': 'Trimiteți',
  'wizard.provisioning.intro':
    'Se configurează serviciile de centru de contact. Durează câteva minute; puteți pleca și reveni.',
  'wizard.provisioning.progress': (p) => `${p.percent}% finalizat`,
  'wizard.provisioning.failed': 'Configurarea a eșuat. Verificați răspunsurile și trimiteți din nou.',
  'wizard.provisioning.failedStage.tenant': (p: { dataCenter: string }) =>
    `Provizionarea a eșuat: tenantul de contact center nu a putut fi creat în centrul de date ${p.dataCenter}. Verificați țara și platforma, apoi trimiteți din nou; dacă eșuează iar, contactați Solution Assurance.`,
  'wizard.provisioning.failedStage.digital_services':
    'Provizionarea a eșuat la configurarea Webex Engage și Webex Connect. Trimiteți din nou; tenantul de contact center se păstrează.',
  'wizard.provisioning.failedStage.admin_sync':
    'Provizionarea a eșuat la sincronizarea administratorilor cu Webex Connect. Trimiteți din nou; nimic altceva nu se pierde.',
  'wizard.provisioning.stagesLabel': 'Etapele configurării',
  'wizard.provisioning.stage.tenant': 'Tenantul de contact center',
  'wizard.provisioning.stage.digital_services': 'Webex Engage și Webex Connect',
  'wizard.provisioning.stage.admin_sync': 'Sincronizarea administratorilor cu Webex Connect',
  'wizard.provisioning.state.done': 'Finalizat',
  'wizard.provisioning.state.current': 'În curs',
  'wizard.provisioning.state.pending': 'Neînceput',
  'wizard.provisioning.state.failed': 'Eșuat',
  'wizard.provisioning.stageNow': (p) => `În curs: ${p.stage}`,
  'wizard.done.intro': 'Serviciile de centru de contact sunt gata în organizația clientului.',
  'wizard.done.download': 'Descărcați rezumatul comenzii (PDF)',
  'wizard.done.platformDetails': (p) => `Detalii despre platforma Webex Contact Center: ${p.platform}`,
  'wizard.done.classicNext':
    'Pe platforma 1.0, finalizați în Centru de contact › Setări cu „Configurați Webex Contact Center". Dacă clientul are nevoie de chat, administratorul clientului trebuie să facă acest lucru.',
  'wizard.notAllowed':
    'Doar administratorii complet ai clientului sau ai partenerului său pot configura serviciile.',
  'wizard.entry.trialReady': 'Perioada de probă este gata. Doriți să configurați serviciile pentru client?',
  'wizard.entry.orderMapped': 'Vă mulțumim. Comanda a fost asociată corect.',
  'wizard.required': 'Alegeți o opțiune pentru a continua.',
  'wizard.noSetup': 'Această organizație nu are o configurare a serviciilor.',
  'wizard.country.unknown': 'Această țară nu este o țară de operare: alegeți una din listă.',
  'wizard.country.choose': 'Alegeți o țară…',
  'wizard.notConfigured':
    'Asistentul de configurare are nevoie de o organizație client și de o conexiune la serviciu.',
  // The 1.0 platform's "Set up Webex Contact Center" (DOMAIN §1.2).
  'wizard.tenant.title': 'Configurarea tenantului',
  'wizard.tenant.chat': 'Clientul are nevoie de chat',
  'wizard.tenant.run': 'Configurați Webex Contact Center',
  'wizard.tenant.running': 'Se configurează…',
  'wizard.tenant.done': 'Webex Contact Center este configurat.',
  'wizard.tenant.doneChat': 'Webex Contact Center este configurat, cu chat.',
  'wizard.tenant.already': 'Webex Contact Center este deja configurat.',
  'reason.chat_requires_customer_admin':
    'Cu chat, un administrator al clientului trebuie să facă acest lucru.',
  // Buttons of the wizard and of the setup prompt.
  'common.save': 'Salvați',
  'common.next': 'Înainte',
  'common.back': 'Înapoi',
  'common.yes': 'Da',
  'common.notNow': 'Nu acum',
};

export default messages;
