import { describe, expect, it } from 'vitest';
import { filenameOf } from './setup-api.js';

describe('filenameOf', () => {
  it('prefers the UTF-8 name, falls back to the plain one, and never returns a path', () => {
    expect(
      filenameOf(`attachment; filename="x.pdf"; filename*=UTF-8''Order%20summary%20-%20%D7%A4.pdf`),
    ).toBe('Order summary - פ.pdf');
    expect(filenameOf('attachment; filename="Order summary - Berlin Bakery GmbH.pdf"')).toBe(
      'Order summary - Berlin Bakery GmbH.pdf',
    );
    expect(filenameOf(`attachment; filename="a.pdf"; filename*=UTF-8''%E0%A4%A.pdf`)).toBe('a.pdf');
    expect(filenameOf(`attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd`)).toBe('.._.._etc_passwd');
    expect(filenameOf(null)).toBe('order-summary.pdf');
  });
});
