/** The mock server's seeded actors (its README's token table): whom the portal signs in as. */
export interface Actor {
  token: ActorToken;
  /** The seeded user's name (a name: not translated). */
  person: string;
  side: 'partner' | 'customer' | 'external';
}

export type ActorToken =
  | 'partner-full-admin'
  | 'partner-provisioning-admin'
  | 'partner-read-only-admin'
  | 'customer-full-admin'
  | 'customer-service-admin'
  | 'customer-read-only-admin'
  | 'external-full-admin'
  | 'external-service-admin'
  | 'trial-customer-admin';

export const actors: Actor[] = [
  { token: 'partner-full-admin', person: 'Pat Partner', side: 'partner' },
  { token: 'partner-provisioning-admin', person: 'Priya Raman', side: 'partner' },
  { token: 'partner-read-only-admin', person: 'Rita Reader', side: 'partner' },
  { token: 'customer-full-admin', person: 'Carla Customer', side: 'customer' },
  { token: 'customer-service-admin', person: 'Steve Service', side: 'customer' },
  { token: 'customer-read-only-admin', person: 'Rob Readonly', side: 'customer' },
  { token: 'external-full-admin', person: 'Ella External', side: 'external' },
  { token: 'external-service-admin', person: 'Sam Okafor', side: 'external' },
  { token: 'trial-customer-admin', person: "John's Pizza", side: 'customer' },
];

export const defaultActor = actors[0]!;

export const actorFor = (token: string | undefined): Actor =>
  actors.find((actor) => actor.token === token) ?? defaultActor;
