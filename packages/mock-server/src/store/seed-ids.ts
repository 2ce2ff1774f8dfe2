import { counterUuid, encodeId } from './ids.js';

/** Seeded virtual time: 2025-01-01T00:00:00Z, so the wholesale seed's dates never depend on the run. */
export const SEED_TIME = Date.UTC(2025, 0, 1);

export const PARTNER_ORG_ID = encodeId('ORGANIZATION', counterUuid(1, 0xa));

/** The org id of seeded wholesale customer `n` (the designed world's customer orgs reuse them). */
export const customerOrgId = (n: number) => encodeId('ORGANIZATION', counterUuid(n, 0xc));

/** Orgs of the designed world only (partners, externals, customers with no wholesale record). */
export const worldOrgId = (n: number) => encodeId('ORGANIZATION', counterUuid(n, 0xd));

export const personId = (n: number, namespace = 0xe) => encodeId('PEOPLE', counterUuid(n, namespace));
