import type { StatusTone } from '@onramp/widgets';

export interface PackageStatus {
  /** The workspace folder, e.g. `packages/widgets`. */
  folder: string;
  name: string;
  summary: string;
  status: string;
  tone: StatusTone;
}

/**
 * What the About page lists. A test checks that every workspace package appears here exactly once,
 * so a new package cannot be forgotten.
 */
export const packageStatuses: PackageStatus[] = [
  {
    folder: 'packages/contract',
    name: '@onramp/contract',
    summary: 'The OpenAPI 3.1 contract, generated types, zod schemas for request bodies.',
    status: 'Wholesale (wire-compatible) and designed operations',
    tone: 'success',
  },
  {
    folder: 'packages/domain',
    name: '@onramp/domain',
    summary:
      'Business rules as pure functions: permissions, setup wizard, RPL, call-in numbers, Connect sync.',
    status: 'Ready',
    tone: 'success',
  },
  {
    folder: 'packages/mock-server',
    name: '@onramp/mock-server',
    summary:
      'The contract with real behaviour: standalone HTTP server, MSW in Node tests and in the browser.',
    status: 'Wholesale operations live; designed operations in progress',
    tone: 'warning',
  },
  {
    folder: 'packages/sdk',
    name: '@onramp/sdk',
    summary: 'The typed provisioning client: typed errors, retries, pagination, polling.',
    status: 'Ready; size trimming pending',
    tone: 'success',
  },
  {
    folder: 'packages/widgets',
    name: '@onramp/widgets',
    summary: 'Lit web components for partner portals.',
    status: 'Kit and the services setup wizard; the role editor and subscription panel are next.',
    tone: 'info',
  },
  {
    folder: 'packages/bench',
    name: '@onramp/bench',
    summary: 'Internal: `pnpm bench`, sizes and speeds against their references and budgets.',
    status: 'Mock throughput, sizes, SDK overhead, scale; widget timings next',
    tone: 'info',
  },
  {
    folder: 'packages/devkit',
    name: '@onramp/devkit',
    summary: 'Internal tooling: bootstrap, browser discovery, test presets.',
    status: 'Ready',
    tone: 'success',
  },
  {
    folder: 'apps/portal',
    name: '@onramp/portal',
    summary: 'This demo partner portal.',
    status:
      'Customers, trials, order mapping and the setup wizard, with an actor switch; admins and subscriptions next.',
    tone: 'info',
  },
];
