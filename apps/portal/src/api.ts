import type { ApiProblem } from '@onramp/widgets';
import { en, type MessageKey, type Translate } from './i18n/index.js';

// SDK calls are read through the widgets' `call`, which turns the SDK's typed error into the
// widgets' `ApiProblem`: the portal and the components report failures alike.
export { call } from '@onramp/widgets';

/** The labels of the fields the portal's forms send, for "Fill in “…”" (the server names the field). */
export type FieldLabels = Readonly<Record<string, string>>;

const isKey = (key: string): key is MessageKey => key in en;

/**
 * One sentence for a problem, in the portal's language: the contract's `reason` in words (the
 * server's `message` is English and names spec sections, so it is never shown), a field the form
 * knows by its label, or what the status means. No codes, no status numbers.
 */
export function describeProblem(problem: ApiProblem, t: Translate, fields: FieldLabels = {}): string {
  if (problem.status === 0) return t('problem.noAnswer');
  const reason = problem.reason ?? '';
  const reasonKey = `reason.${reason}`;
  if (isKey(reasonKey)) return t(reasonKey);
  const label = problem.field === undefined ? undefined : fields[problem.field];
  if (problem.status === 400 || problem.status === 422) {
    if (label === undefined) return t('problem.invalid');
    if (reason === 'required') return t('problem.required', { field: label });
    if (reason === 'too_long') return t('problem.tooLong', { field: label });
    return t('problem.invalidField', { field: label });
  }
  if (problem.status === 403) return t('problem.forbidden');
  if (problem.status === 404) return t('problem.notFound');
  if (problem.status === 409 || problem.status === 412) return t('problem.conflict');
  if (problem.status === 429) return t('problem.rateLimited');
  return problem.trackingId
    ? t('problem.server', { reference: problem.trackingId })
    : t('problem.serverNoReference');
}
