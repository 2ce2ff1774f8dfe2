import { denialReasonValues, errorReasonValues } from '@onramp/contract';
import { DENIAL_REASONS, EMPTY_ANSWERS, SETUP_ERROR_CODES, type SetupError } from '@onramp/domain';
import { describe, expect, it } from 'vitest';
import {
  ADDRESS_WIRE,
  denialWire,
  LICENSE_WIRE,
  ONBOARDING_WIRE,
  SETUP_WIRE,
  type SetupCommandKind,
  setupWireCode,
  TENANT_SETUP_WIRE,
  USERS_CSV_ROW_WIRE,
} from './wire-codes.js';

const errorReasons = new Set<string>(errorReasonValues);
/** Every field a wizard refusal can name (the answers, the step), and none. */
const FIELDS: SetupError['field'][] = [
  ...(Object.keys(EMPTY_ANSWERS) as SetupError['field'][]),
  'step',
  undefined,
];
const COMMANDS: SetupCommandKind[] = ['answer', 'submit'];

describe('wire codes: every code the domain can return is a reason of the contract', () => {
  it('maps every wizard code, with every field and command, to an ErrorReason', () => {
    expect(Object.keys(SETUP_WIRE).sort()).toEqual([...SETUP_ERROR_CODES].sort());
    const outside: string[] = [];
    for (const code of SETUP_ERROR_CODES)
      for (const field of FIELDS)
        for (const command of COMMANDS) {
          const { reason } = setupWireCode({ code, field }, command);
          if (!errorReasons.has(reason)) outside.push(`${code}/${field}/${command} → ${reason}`);
        }
    expect(outside).toEqual([]);
  });

  it('maps the onboarding, address, license, users CSV and tenant setup codes to ErrorReasons', () => {
    const tables = { ONBOARDING_WIRE, ADDRESS_WIRE, LICENSE_WIRE, USERS_CSV_ROW_WIRE, TENANT_SETUP_WIRE };
    const outside = Object.entries(tables).flatMap(([table, entries]) =>
      Object.entries(entries)
        .filter(([, reason]) => !errorReasons.has(reason))
        .map(([code, reason]) => `${table}.${code} → ${reason}`),
    );
    expect(outside).toEqual([]);
  });

  it("answers every 403 with a DenialReason of the contract's enum", () => {
    const denialReasons = new Set<string>(denialReasonValues);
    expect(DENIAL_REASONS.map(denialWire).filter((reason) => !denialReasons.has(reason))).toEqual([]);
  });
});

describe('wire codes: the words a client switches on', () => {
  it('says "answer the earlier step" for a missing or unconfirmed answer, "incomplete" on submit', () => {
    for (const code of ['required', 'country_not_confirmed', 'step_out_of_order'] as const) {
      expect(setupWireCode({ code, field: 'timeZone' }, 'answer')).toEqual({
        status: 409,
        reason: 'step_out_of_order',
      });
      expect(setupWireCode({ code, field: 'timeZone' }, 'submit').reason).toBe('setup_incomplete');
    }
  });

  it('names the field in the word where the contract has one', () => {
    expect(setupWireCode({ code: 'invalid_enum', field: 'country' }, 'answer')).toEqual({
      status: 400,
      reason: 'unknown_country',
    });
    expect(setupWireCode({ code: 'invalid_enum', field: 'timeZone' }, 'submit').reason).toBe(
      'unknown_time_zone',
    );
    expect(setupWireCode({ code: 'invalid_enum', field: 'platform' }, 'answer').reason).toBe('invalid_enum');
    expect(setupWireCode({ code: 'not_offered', field: 'platform' }, 'answer')).toEqual({
      status: 422,
      reason: 'platform_not_offered',
    });
    expect(setupWireCode({ code: 'not_offered', field: 'telephony' }, 'answer').reason).toBe(
      'telephony_not_offered',
    );
    expect(ONBOARDING_WIRE.step_out_of_order).toBe('onboarding_out_of_order');
  });
});
