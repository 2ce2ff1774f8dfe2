/**
 * Package quantities are limits (DOMAIN §3.1): a customer without an explicit limit for a package
 * it ordered gets this many seats, so the mock never answers "unlimited".
 */
export const DEFAULT_PACKAGE_QUANTITY = 100;

export function packageLimit(limits: Readonly<Record<string, number>>, pkg: string): number {
  return limits[pkg] ?? DEFAULT_PACKAGE_QUANTITY;
}

/** Whether one more subscriber may hold `pkg`. */
export function hasCapacity(limits: Readonly<Record<string, number>>, pkg: string, used: number): boolean {
  return used < packageLimit(limits, pkg);
}
