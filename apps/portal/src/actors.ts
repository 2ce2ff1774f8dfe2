import type { SeededToken } from '@onramp/mock-server';

/** The mock server's seeded actors (its README's token table): whom the portal signs in as. */
export interface Actor {
  token: SeededToken;
  /** The seeded user's name (a name: not translated). */
  person: string;
  side: 'partner' | 'customer' | 'external';
}

export const actors = [
  { token: 'partner-full-admin', person: 'Pat Partner', side: 'partner' },
  { token: 'partner-provisioning-admin', person: 'Priya Raman', side: 'partner' },
  { token: 'partner-read-only-admin', person: 'Rita Reader', side: 'partner' },
  { token: 'customer-full-admin', person: 'Carla Customer', side: 'customer' },
  { token: 'customer-service-admin', person: 'Steve Service', side: 'customer' },
  { token: 'customer-read-only-admin', person: 'Rob Readonly', side: 'customer' },
  { token: 'external-full-admin', person: 'Ella External', side: 'external' },
  { token: 'external-service-admin', person: 'Sam Okafor', side: 'external' },
  { token: 'trial-customer-admin', person: "John's Pizza", side: 'customer' },
] as const satisfies readonly Actor[];

/**
 * The tokens the portal offers: a subset of the mock's seeded ones (`SeededToken`), so a token the
 * mock does not seed does not compile, and each has its `actor.<token>` message.
 */
export type ActorToken = (typeof actors)[number]['token'];

export const defaultActor: Actor = actors[0];

export const actorFor = (token: string | undefined): Actor =>
  actors.find((actor) => actor.token === token) ?? defaultActor;
