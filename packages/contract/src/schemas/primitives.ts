import * as z from 'zod/mini';

/**
 * Building blocks of the request-body schemas. `zod/mini` keeps what the widgets ship small; every
 * constraint here mirrors the contract, and `request-bodies.test.ts` proves they agree.
 */
export const text = (max = 255) => z.string().check(z.maxLength(max));
export const requiredText = (max = 255) => z.string().check(z.minLength(1), z.maxLength(max));
export const email = () => z.email().check(z.maxLength(320));
export const iso2Country = () =>
  z
    .string()
    .check(
      z.minLength(2),
      z.maxLength(2),
      z.regex(/^[A-Z]{2}$/, 'Use a two-letter ISO country code, e.g. US.'),
    );
export const count = () => z.int().check(z.minimum(0));
