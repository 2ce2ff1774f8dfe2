import { plural } from '../../plural.js';
import type { Messages } from '../../types.js';
import type source from '../en/customer-onboarding.js';

// The wholesale customer onboarding form (DOMAIN §3).
const messages: Pick<Messages, keyof typeof source> = {
  'onboard.title': 'Integrați un client angro',
  'onboard.intro': 'Creați mai întâi clientul în propriile sisteme, apoi integrați-l aici.',
  'onboard.requiredNote': 'Câmpurile marcate cu * sunt obligatorii.',
  'onboard.notSet': 'Nespecificat',
  'onboard.customer': 'Informații despre client',
  'onboard.name': 'Numele clientului',
  'onboard.email': 'E-mail principal',
  'onboard.language': 'Limba (opțional)',
  'onboard.externalId': 'ID extern',
  'onboard.provisioningId': 'ID de pregătire',
  'onboard.address': 'Adresa de facturare',
  'onboard.addressLine1': 'Adresa, rândul 1',
  'onboard.addressLine2': 'Adresa, rândul 2 (opțional)',
  'onboard.city': 'Oraș',
  'onboard.country': 'Țara',
  'onboard.countryHelp': 'Țara devine țara organizației și stabilește numărul de apel implicit.',
  'onboard.packages': 'Pachete și cantități',
  'onboard.packagesHelp': 'Introduceți numărul maxim de utilizatori pentru fiecare pachet al clientului.',
  'onboard.calling': 'Locație pentru apeluri (opțional)',
  'onboard.callingHelp':
    'Pregătește Webex Calling la adresa de facturare. Completați toate cele trei câmpuri sau niciunul.',
  'onboard.locationName': 'Numele locației',
  'onboard.locationTimeZone': 'Fusul orar al locației',
  'onboard.locationLanguage': 'Limba locației',
  'onboard.meetingsTimeZone': 'Fusul orar pentru întâlniri (opțional)',
  'onboard.check': 'Verificați',
  'onboard.submit': 'Integrați clientul',
  'onboard.error.required': 'Câmpul este obligatoriu.',
  'onboard.error.invalid': 'Verificați această valoare.',
  'onboard.error.email': 'Introduceți o adresă de e-mail validă.',
  'onboard.error.country': 'Introduceți un cod de țară din două litere, de ex. DE.',
  'onboard.error.unknown_country': 'Acesta nu este un cod de țară (ISO 3166-1), de ex. DE.',
  'onboard.error.packages': 'Alegeți cel puțin un pachet, cu o cantitate de 0 sau mai mult.',
  'onboard.error.quantity': (p) => `Introduceți un număr întreg de la 0 la ${p.max}.`,
  'onboard.error.summary': (p) =>
    plural('ro', p.count, {
      one: 'Un câmp necesită atenție.',
      few: '# câmpuri necesită atenție.',
      other: '# de câmpuri necesită atenție.',
    }),
  'onboard.error.exists': 'Există deja un client cu acest ID extern.',
  'onboard.checkOk': 'Verificarea a trecut: clientul poate fi integrat.',
  'onboard.checkRpl':
    'Verificarea a trecut, dar clientul figurează pe lista părților restricționate: după trimitere, o verificare de conformitate de până la 72 de ore precedă pregătirea.',
  'onboard.accepted': 'Clientul a fost acceptat. Pregătirea a început.',
  'onboard.addressRecheck':
    'Modificarea ulterioară a adresei de facturare rulează din nou verificarea de conformitate.',
  'onboard.acceptedTitle': 'Client acceptat',
  'onboard.customerId': 'ID client',
  'onboard.another': 'Integrați alt client',
  'onboard.error.list': 'Câmpuri de corectat',
  // Address fields that follow the country's rules (decisions/0007).
  'address.optional': (p) => `${p.label} (opțional)`,
  'address.choose': 'Alegeți…',
  'address.region.state': 'Stat',
  'address.region.province_or_territory': 'Provincie sau teritoriu',
  'address.region.state_or_territory': 'Stat sau teritoriu',
  'address.region.prefecture': 'Prefectură',
  'address.region.county': 'Comitat',
  'address.region.province': 'Provincie',
  'address.region.state_or_province': 'Stat sau provincie',
  'address.postal.zip_code': 'Cod ZIP',
  'address.postal.postcode': 'Cod poștal britanic',
  'address.postal.postal_code': 'Cod poștal',
  'address.postal.pin_code': 'Cod PIN',
  'address.postal.eircode': 'Cod Eircode',
  'address.postal.cep': 'Cod CEP',
  'address.error.format': (p) => `${p.label}: folosiți formatul acestei țări, de exemplu ${p.example}.`,
  'address.error.choice': (p) => `${p.label}: alegeți o valoare din listă.`,
};

export default messages;
