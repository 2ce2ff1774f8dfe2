import type { CustomerStatus } from '@onramp/contract';
import { loadMessages, type Messages, matchLocale } from '@onramp/widgets';

/**
 * The statuses a watched wholesale customer went through, oldest first. A status seen again in a
 * row (every poll and refresh reports one) is the same step, not a new one.
 */
export function recordStatus(history: readonly CustomerStatus[], status: CustomerStatus): CustomerStatus[] {
  return history.at(-1) === status ? [...history] : [...history, status];
}

/** The demo's RPL decision buttons act only while the customer waits for the review. */
export const canDecideRpl = (status: CustomerStatus | undefined) => status === 'pending_rpl_review';

/**
 * The status labels the subscription panel shows, in `lang`: the widgets' own catalogue, so the
 * history and the panel beside it never name a status two ways. Loaded once per language.
 */
const labelsByLang = new Map<string, Promise<Messages>>();
export function customerStatusLabels(lang: string): Promise<Messages> {
  const locale = matchLocale(lang);
  const labels = labelsByLang.get(locale) ?? loadMessages(locale);
  labelsByLang.set(locale, labels);
  return labels;
}
