import type { ApiProblem } from '@onramp/widgets';
import type { Translate } from './i18n/index.js';

// Calls go through the widgets' `call`, which folds every way a raw (openapi-fetch) call can fail
// into one `ApiProblem`: the portal and the components report failures alike.
export { call } from '@onramp/widgets';

/**
 * One line for a problem: what the server said (its message is the server's, in its language),
 * and the reason code where it gave one.
 */
export function describeProblem(problem: ApiProblem, t: Translate): string {
  if (problem.status === 0) return t('problem.noAnswer', { message: problem.message });
  const reason = problem.reason ? ` (${problem.reason})` : '';
  return `${problem.status}: ${problem.message}${reason}`;
}
