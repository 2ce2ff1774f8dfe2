/** DOMAIN §3.2: an RPL review lasts up to 72 hours; beyond that the case is an error. */
export const RPL_REVIEW_LIMIT_MS = 72 * 60 * 60 * 1000;

/** "Most cases are resolved in 15–60 minutes": what a mock uses to schedule a decision. */
export const RPL_TYPICAL_REVIEW_MINUTES = { min: 15, max: 60 } as const;

/** The last instant a review may still be decided (times are ms since the epoch; no clock here). */
export function rplDeadline(startedAt: number): number {
  return startedAt + RPL_REVIEW_LIMIT_MS;
}

/** "Over 72 hours": a decision exactly at the deadline still counts. */
export function isRplReviewOverdue(startedAt: number, now: number): boolean {
  return now > rplDeadline(startedAt);
}
