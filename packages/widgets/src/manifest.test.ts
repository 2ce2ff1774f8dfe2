import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The custom-elements manifest the build writes (custom-elements-manifest.config.mjs) is what the
// Storybook docs list: a user's API only (issue 21).

interface Member {
  name: string;
  privacy?: string;
  static?: boolean;
}
const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8')) as {
  modules: Array<{ path: string; declarations?: Array<{ tagName?: string; members?: Member[] }> }>;
};
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);

describe('the custom-elements manifest', () => {
  it('lists no internal member of any element as a property', () => {
    expect(elements.length).toBeGreaterThanOrEqual(6);
    for (const element of elements) {
      const members = element.members ?? [];
      expect(
        members.filter((m) => m.privacy || m.static).map((m) => m.name),
        element.tagName,
      ).toEqual([]);
      for (const internal of ['setup', 'busy', 'draft', 'api', 'pollTimer', 'goTo', 'problem', 'localize'])
        expect(
          members.map((m) => m.name),
          `${element.tagName}.${internal}`,
        ).not.toContain(internal);
    }
    const wizard = elements.find((element) => element.tagName === 'onramp-setup-wizard');
    expect(wizard?.members?.map((m) => m.name)).toEqual(
      expect.arrayContaining(['client', 'baseUrl', 'token', 'orgId', 'pollInterval', 'theme']),
    );
  });

  it('cites no decision record of the repository, and leaves the message catalogues out', () => {
    const text = JSON.stringify(manifest);
    expect(text).not.toMatch(/decisions\/\d{4}/);
    expect(manifest.modules.some((module) => module.path.startsWith('src/i18n/locales/'))).toBe(false);
  });
});
