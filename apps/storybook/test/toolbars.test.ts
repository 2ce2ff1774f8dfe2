import { ACTOR_TOKENS } from '@onramp/story-kit';
import { describe, expect, it } from 'vitest';
import { actorTitles, globalTypes } from '../src/toolbars.js';

// The actor menu names people (issue 21): who signs in, at which org, with which role.
describe('the actor toolbar', () => {
  it('shows each seeded person with their org and role, not the raw token', () => {
    const titles = actorTitles();
    expect(titles['partner-full-admin']).toBe('Pat Partner, Acme Telecom (full admin)');
    const items = globalTypes.actor.toolbar.items.slice(1);
    expect(items).toHaveLength(ACTOR_TOKENS.length);
    for (const item of items) {
      expect(item.title).not.toBe(item.value);
      expect(item.title).toMatch(/^\S+ \S+.*, .+ \(.+\)$/);
    }
  });
});
