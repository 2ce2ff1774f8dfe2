import type { MessageKey } from './i18n/index.js';

/**
 * What is wrong with the services chosen for a trial, before anything is sent: the server wants at
 * least one (`services` has `minItems: 1`), and its 400 would only say so in its own words.
 */
export function servicesProblem(services: readonly string[]): MessageKey | undefined {
  return services.length === 0 ? 'trial.needService' : undefined;
}
