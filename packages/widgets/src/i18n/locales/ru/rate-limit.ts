import { plural } from '../../plural.js';
import type { Messages } from '../../types.js';
import type source from '../en/rate-limit.js';

// A 429 on a write the user started (decisions/0011): when they may try again (the server's
// `Retry-After`, in whole seconds), and the automatic retry of a short wait.
const messages: Pick<Messages, keyof typeof source> = {
  'rateLimit.tooMany': 'Слишком много запросов. Подождите немного и повторите попытку.',
  'rateLimit.waitFor': (p) =>
    plural('ru', p.seconds, {
      one: 'Слишком много запросов; повторить можно через # секунду.',
      few: 'Слишком много запросов; повторить можно через # секунды.',
      many: 'Слишком много запросов; повторить можно через # секунд.',
      other: 'Слишком много запросов; повторить можно через # секунды.',
    }),
  'rateLimit.retrying': (p) =>
    plural('ru', p.seconds, {
      one: 'Слишком много запросов; повторная попытка сама начнётся через # секунду.',
      few: 'Слишком много запросов; повторная попытка сама начнётся через # секунды.',
      many: 'Слишком много запросов; повторная попытка сама начнётся через # секунд.',
      other: 'Слишком много запросов; повторная попытка сама начнётся через # секунды.',
    }),
  'rateLimit.over': 'Теперь можно повторить попытку.',
};

export default messages;
