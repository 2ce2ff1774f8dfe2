import { plural } from '../../plural.js';
import type { Messages } from '../../types.js';
import type source from '../en/rate-limit.js';

// A 429 on a write the user started (decisions/0011): when they may try again (the server's
// `Retry-After`, in whole seconds), and the automatic retry of a short wait.
const messages: Pick<Messages, keyof typeof source> = {
  'rateLimit.tooMany': 'Prea multe cereri. Așteptați puțin, apoi încercați din nou.',
  'rateLimit.waitFor': (p) =>
    plural('ro', p.seconds, {
      one: 'Prea multe cereri; puteți încerca din nou peste o secundă.',
      few: 'Prea multe cereri; puteți încerca din nou peste # secunde.',
      other: 'Prea multe cereri; puteți încerca din nou peste # de secunde.',
    }),
  'rateLimit.retrying': (p) =>
    plural('ro', p.seconds, {
      one: 'Prea multe cereri; se reîncearcă automat peste o secundă.',
      few: 'Prea multe cereri; se reîncearcă automat peste # secunde.',
      other: 'Prea multe cereri; se reîncearcă automat peste # de secunde.',
    }),
  'rateLimit.over': 'Acum puteți încerca din nou.',
};

export default messages;
