import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Rules about the whole page, not a component: the page here is Vitest's test harness, which a
 * partner's portal replaces. Every other rule (WCAG 2.x A/AA and best practices) stays on.
 */
const pageLevelRules = [
  'page-has-heading-one',
  'landmark-one-main',
  'region',
  'document-title',
  'html-has-lang',
];

/** Every component test ends with this: axe-core, run in the real browser, finds no violation. */
export async function expectNoAxeViolations(context: Element | Document = document) {
  const rules = Object.fromEntries(pageLevelRules.map((id) => [id, { enabled: false }]));
  const result = await axe.run(context, { resultTypes: ['violations'], rules });
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}
