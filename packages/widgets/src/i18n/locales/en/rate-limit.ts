import { plural } from '../../plural.js';

// A 429 on a write the user started (decisions/0011): when they may try again (the server's
// `Retry-After`, in whole seconds), and the automatic retry of a short wait.
const messages = {
  'rateLimit.tooMany': 'Too many requests. Wait a moment, then try again.',
  'rateLimit.waitFor': (p: { seconds: number }) =>
    plural('en', p.seconds, {
      one: 'Too many requests; you can try again in # second.',
      other: 'Too many requests; you can try again in # seconds.',
    }),
  'rateLimit.retrying': (p: { seconds: number }) =>
    plural('en', p.seconds, {
      one: 'Too many requests; trying again by itself in # second.',
      other: 'Too many requests; trying again by itself in # seconds.',
    }),
  'rateLimit.over': 'You can try again now.',
} as const;

export default messages;
