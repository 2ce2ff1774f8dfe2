import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Rules about the whole document, which here is Vitest's test page around the portal's root (the
 * portal's own landmarks, headings and language are checked by the other rules and by the tests).
 */
const documentRules = [
  'document-title',
  'html-has-lang',
  'page-has-heading-one',
  'region',
  'landmark-one-main',
];

/** axe-core in the real browser finds no WCAG 2.x A/AA or best-practice violation in `context`. */
export async function expectNoAxeViolations(context: Element, screen: string) {
  const rules = Object.fromEntries(documentRules.map((id) => [id, { enabled: false }]));
  const result = await axe.run(context, { resultTypes: ['violations'], rules });
  const summary = result.violations.map(
    (v) => `${screen}: ${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}
