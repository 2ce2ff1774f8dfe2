import type { ApiProblem } from '@onramp/widgets';

// Calls go through the widgets' `call`, which folds every way a raw (openapi-fetch) call can fail
// into one `ApiProblem`: the portal and the components report failures alike.
export { call } from '@onramp/widgets';

/** One line for a problem: what the server said, and the reason code where it gave one. */
export function describeProblem(problem: ApiProblem): string {
  if (problem.status === 0) return `No answer from the server (${problem.message}).`;
  const reason = problem.reason ? ` (${problem.reason})` : '';
  return `${problem.status}: ${problem.message}${reason}`;
}
