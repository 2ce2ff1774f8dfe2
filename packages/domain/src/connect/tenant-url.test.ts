import { describe, expect, it } from 'vitest';
import { COUNTRIES_OF_OPERATION } from '../catalogue/countries.js';
import { DATA_CENTERS } from '../vocabulary.js';
import { CONNECT_HOSTS, connectTenantUrl, connectWorkspaceSlug } from './tenant-url.js';

describe('Connect tenant URL follows the data center (issue 17)', () => {
  it('an EU tenant is on the EU host, a US tenant on the US host', () => {
    expect(connectTenantUrl("John's Pizza", 'eu')).toBe('https://john-s-pizza.eu.webexconnect.io');
    expect(connectTenantUrl("John's Pizza", 'us')).toBe('https://john-s-pizza.us.webexconnect.io');
  });

  it('every data center has its own host', () => {
    const hosts = DATA_CENTERS.map((dc) => CONNECT_HOSTS[dc]);
    expect(new Set(hosts).size).toBe(DATA_CENTERS.length);
    for (const dc of DATA_CENTERS) expect(CONNECT_HOSTS[dc]).toBe(`${dc}.webexconnect.io`);
  });

  it('every country of operation gets the host of its own data center', () => {
    for (const country of COUNTRIES_OF_OPERATION)
      expect(new URL(connectTenantUrl('Acme', country.dataCenter)).host).toBe(
        `acme.${country.dataCenter}.webexconnect.io`,
      );
  });

  it('the workspace name is a valid host label', () => {
    expect(connectWorkspaceSlug('Bäckerei Müller & Söhne')).toBe('backerei-muller-sohne');
    expect(connectWorkspaceSlug('!!!')).toBe('tenant');
    expect(connectWorkspaceSlug('x'.repeat(100))).toHaveLength(63);
  });
});
