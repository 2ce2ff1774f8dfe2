import { describe, expect, it } from 'vitest';
import {
  type AllocationResult,
  assignPackage,
  type PackageAllocation,
  packageUsage,
  releasePackage,
  remainingQuantity,
  validatePackageOrder,
} from './package-allocation.js';

const EMPTY: PackageAllocation = {
  adminPackage: 'webex_suite',
  quantities: { webex_suite: 2, webex_calling: 1 },
  assignments: {},
};
const agent = (userId: string) => ({ userId, adminRole: null });
const fullAdmin = { userId: 'owner', adminRole: 'full_admin' as const };

function allocated(result: AllocationResult): PackageAllocation {
  if ('error' in result) throw new Error(`refused: ${result.error.code}`);
  return result.allocation;
}

describe('assignPackage: every user holds exactly one package, within the quantities', () => {
  it('assigns, counts and replaces (never two packages per user)', () => {
    const one = allocated(assignPackage(EMPTY, agent('a'), 'webex_calling'));
    expect(packageUsage(one, 'webex_calling')).toBe(1);
    const moved = allocated(assignPackage(one, agent('a'), 'webex_suite'));
    expect(moved.assignments).toEqual({ a: 'webex_suite' });
    expect(remainingQuantity(moved, 'webex_calling')).toBe(1);
  });

  it('refuses beyond the ordered quantity, and a package not ordered at all', () => {
    const full = allocated(assignPackage(EMPTY, agent('a'), 'webex_calling'));
    expect(assignPackage(full, agent('b'), 'webex_calling')).toMatchObject({
      error: { code: 'quantity_exceeded' },
    });
    expect(assignPackage(EMPTY, agent('a'), 'webex_meetings')).toMatchObject({
      error: { code: 'quantity_exceeded' },
    });
  });

  it('re-assigning the package a user holds is not counted twice', () => {
    const full = allocated(assignPackage(EMPTY, agent('a'), 'webex_calling'));
    expect(allocated(assignPackage(full, agent('a'), 'webex_calling'))).toBe(full);
  });

  it('an add-on is not a user package', () => {
    expect(assignPackage(EMPTY, agent('a'), 'attendant_console')).toMatchObject({
      error: { code: 'not_a_base_package' },
    });
  });

  it('admins get the package level the customer was created with', () => {
    expect(
      assignPackage(EMPTY, { userId: 'ro', adminRole: 'read_only_admin' }, 'webex_calling'),
    ).toMatchObject({
      error: { code: 'admin_package_level' },
    });
    expect(allocated(assignPackage(EMPTY, fullAdmin, 'webex_suite')).assignments).toEqual({
      owner: 'webex_suite',
    });
  });

  it("the customer's full admin package cannot be downgraded", () => {
    const owned = allocated(assignPackage(EMPTY, fullAdmin, 'webex_suite'));
    expect(assignPackage(owned, fullAdmin, 'webex_calling')).toMatchObject({
      error: { code: 'admin_package_downgrade', field: 'package' },
    });
  });

  it('a deleted user frees their package', () => {
    const full = allocated(assignPackage(EMPTY, agent('a'), 'webex_calling'));
    expect(remainingQuantity(releasePackage(full, 'a'), 'webex_calling')).toBe(1);
  });
});

describe('validatePackageOrder: the quantities given at customer creation', () => {
  it('accepts base packages with whole quantities', () => {
    expect(validatePackageOrder('webex_suite', { webex_suite: 10, webex_calling: 0 })).toEqual([]);
  });

  it('refuses add-ons (not orderable yet), and says what they would depend on', () => {
    const errors = validatePackageOrder('webex_meetings', { webex_meetings: 5, attendant_console: 2 });
    expect(errors.map((error) => [error.code, error.field])).toEqual([
      ['package_not_orderable', 'quantities.attendant_console'],
      ['dependency_missing', 'quantities.attendant_console'],
    ]);
  });

  it('refuses negative or fractional quantities', () => {
    expect(
      validatePackageOrder('webex_suite', { webex_suite: 1, webex_voice: -1, webex_calling: 1.5 }),
    ).toMatchObject([
      { code: 'invalid_quantity', field: 'quantities.webex_voice' },
      { code: 'invalid_quantity', field: 'quantities.webex_calling' },
    ]);
  });

  it('the admin package must be an ordered base package', () => {
    expect(validatePackageOrder('webex_calling', { webex_suite: 1 })).toMatchObject([
      { code: 'admin_package_level' },
    ]);
    expect(validatePackageOrder('cisco_calling_plan', { webex_suite: 1 })).toMatchObject([
      { code: 'admin_package_level' },
    ]);
  });
});
