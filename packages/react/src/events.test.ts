import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventsByTag, reactPropFor } from './events.js';

interface ManifestDeclaration {
  tagName?: string;
  events?: Array<{ name: string }>;
}

// The widgets' own custom-elements manifest (built from their JSDoc `@event` tags) is the source.
const widgetsDir = dirname(createRequire(import.meta.url).resolve('@onramp/widgets/package.json'));
const manifest = JSON.parse(readFileSync(join(widgetsDir, 'custom-elements.json'), 'utf8')) as {
  modules: Array<{ declarations?: ManifestDeclaration[] }>;
};
const widgets = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration): declaration is ManifestDeclaration & { tagName: string } => !!declaration.tagName);

describe('the React event props against the widgets manifest', () => {
  it('has a table for every widget and none for a tag that does not exist', () => {
    expect(Object.keys(eventsByTag).sort()).toEqual(widgets.map((w) => w.tagName).sort());
  });

  it.each(widgets.map((w) => [w.tagName, w] as const))(
    '%s: maps every event it dispatches',
    (tag, widget) => {
      const table: Record<string, string> = eventsByTag[tag as keyof typeof eventsByTag];
      expect(Object.values(table).sort()).toEqual((widget.events ?? []).map((event) => event.name).sort());
    },
  );

  it('names every prop by the rule (on + the camel-cased event name without onramp-)', () => {
    for (const table of Object.values(eventsByTag))
      for (const [prop, event] of Object.entries(table)) expect(prop).toBe(reactPropFor(event));
  });
});

describe('reactPropFor', () => {
  it.each([
    ['onramp-role-change', 'onRoleChange'],
    ['onramp-license-change', 'onLicenseChange'],
    ['onramp-setup-step-change', 'onSetupStepChange'],
    ['onramp-subscription-status-change', 'onSubscriptionStatusChange'],
    ['onramp-setup-close', 'onSetupClose'],
  ])('%s → %s', (event, prop) => {
    expect(reactPropFor(event)).toBe(prop);
  });
});
