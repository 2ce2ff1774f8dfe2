/** DOMAIN §1.4: an account not activated in Connect within 7 business days must be added again. */
export const ACTIVATION_BUSINESS_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

function isWeekendUtc(time: number): boolean {
  const day = new Date(time).getUTCDay();
  return day === 0 || day === 6;
}

/**
 * The instant the activation window closes: the same time of day, 7 business days (Monday to
 * Friday, UTC; public holidays are not modelled) after the invitation was sent.
 */
export function activationDeadline(sentAt: number): number {
  let deadline = sentAt;
  let businessDays = 0;
  while (businessDays < ACTIVATION_BUSINESS_DAYS) {
    deadline += DAY_MS;
    if (!isWeekendUtc(deadline)) businessDays += 1;
  }
  return deadline;
}

/** Past the deadline (an activation exactly at it still counts). */
export function isActivationExpired(sentAt: number, now: number): boolean {
  return now > activationDeadline(sentAt);
}
