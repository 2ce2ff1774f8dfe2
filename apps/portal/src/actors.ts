/** The mock server's seeded actors (its README's token table): whom the portal signs in as. */
export interface Actor {
  token: string;
  label: string;
  side: 'partner' | 'customer' | 'external';
}

export const actors: Actor[] = [
  { token: 'partner-full-admin', label: 'Partner full admin (Pat Partner)', side: 'partner' },
  { token: 'partner-provisioning-admin', label: 'Partner provisioning admin (Priya Raman)', side: 'partner' },
  { token: 'partner-read-only-admin', label: 'Partner read-only admin (Rita Reader)', side: 'partner' },
  { token: 'customer-full-admin', label: 'Customer full admin (Carla Customer)', side: 'customer' },
  { token: 'customer-service-admin', label: 'Customer service admin (Steve Service)', side: 'customer' },
  { token: 'customer-read-only-admin', label: 'Customer read-only admin (Rob Readonly)', side: 'customer' },
  { token: 'external-full-admin', label: 'External full admin (Ella External)', side: 'external' },
  { token: 'external-service-admin', label: 'External service admin (Sam Okafor)', side: 'external' },
  { token: 'trial-customer-admin', label: "Trial customer admin (John's Pizza)", side: 'customer' },
];

export const defaultActor = actors[0]!;

export const actorFor = (token: string | undefined): Actor =>
  actors.find((actor) => actor.token === token) ?? defaultActor;
