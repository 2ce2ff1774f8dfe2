import { plural } from '../../plural.js';
import type { Messages } from '../../types.js';
import type source from '../en/rate-limit.js';

// A 429 on a write the user started (decisions/0011): when they may try again (the server's
// `Retry-After`, in whole seconds), and the automatic retry of a short wait.
const messages: Pick<Messages, keyof typeof source> = {
  'rateLimit.tooMany': 'יותר מדי בקשות. המתן רגע ונסה שוב.',
  'rateLimit.waitFor': (p) =>
    plural('he', p.seconds, {
      one: 'יותר מדי בקשות; אפשר לנסות שוב בעוד שנייה אחת.',
      two: 'יותר מדי בקשות; אפשר לנסות שוב בעוד שתי שניות.',
      other: 'יותר מדי בקשות; אפשר לנסות שוב בעוד # שניות.',
    }),
  'rateLimit.retrying': (p) =>
    plural('he', p.seconds, {
      one: 'יותר מדי בקשות; ניסיון חוזר אוטומטי בעוד שנייה אחת.',
      two: 'יותר מדי בקשות; ניסיון חוזר אוטומטי בעוד שתי שניות.',
      other: 'יותר מדי בקשות; ניסיון חוזר אוטומטי בעוד # שניות.',
    }),
  'rateLimit.over': 'אפשר לנסות שוב עכשיו.',
};

export default messages;
