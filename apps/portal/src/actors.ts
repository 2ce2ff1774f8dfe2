import { SEEDED_ACTORS, type SeededActor, type SeededToken } from '@onramp/mock-server';

/**
 * The seeded tokens the portal offers in its actor switch, in this order: the portal's choice; who
 * each one is (name, org) comes from the mock's seed. Each has its `actor.<token>` message.
 */
const OFFERED = [
  'partner-full-admin',
  'partner-provisioning-admin',
  'partner-read-only-admin',
  'customer-full-admin',
  'customer-service-admin',
  'customer-read-only-admin',
  'external-full-admin',
  'external-service-admin',
  'trial-customer-admin',
] as const satisfies readonly SeededToken[];

/** A token the portal offers: a subset of the mock's seeded ones, so an unseeded one does not compile. */
export type ActorToken = (typeof OFFERED)[number];

/** A seeded actor the portal signs in as: the seed's user (a name: not translated) and org. */
export type Actor = SeededActor & { token: ActorToken };

export const actors: readonly Actor[] = OFFERED.map((token) => SEEDED_ACTORS[token]);

export const defaultActor: Actor = SEEDED_ACTORS['partner-full-admin'];

export const actorFor = (token: string | undefined): Actor =>
  actors.find((actor) => actor.token === token) ?? defaultActor;
