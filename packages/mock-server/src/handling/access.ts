import type { ErrorResponse } from '@onramp/contract';
import { type Action, type ActionTarget, type Actor, can } from '@onramp/domain';
import { actorIn, type Viewer } from '../glue/actors.js';
import type { Store } from '../store/store.js';
import type { StoredOrg } from '../store/types.js';
import { type Failure, fail, forbidden, isFailure } from './reply.js';

export function findOrg(
  store: Store,
  orgId: string | undefined,
): StoredOrg | { status: 404; body: ErrorResponse } {
  return (
    store.directory.orgs.get(orgId ?? '') ??
    fail(404, 'not_found', `No organization has the id ${orgId}.`, 'orgId')
  );
}

/** The customer org of the path and the viewer as the domain's actor toward it (404 if none). */
export function orgActor(
  store: Store,
  viewer: Viewer,
  orgId: string | undefined,
): { org: StoredOrg; actor: Actor } | Failure<404> {
  const org = findOrg(store, orgId);
  if (isFailure(org)) return org;
  if (org.kind !== 'customer')
    return fail(
      404,
      'not_found',
      `${org.name} is a ${org.kind} organization, not a customer organization.`,
      'orgId',
    );
  return { org, actor: actorIn(store, viewer, org) };
}

/**
 * The org of the path, and the viewer as the domain's actor toward it, if `can(actor, action)`
 * allows; otherwise the 403 with the domain's reason (or 404 for an unknown or non-customer org).
 */
export function authorize(
  store: Store,
  viewer: Viewer,
  orgId: string | undefined,
  action: Action,
  target?: ActionTarget,
): { org: StoredOrg; actor: Actor } | Failure<403 | 404> {
  const found = orgActor(store, viewer, orgId);
  if (isFailure(found)) return found;
  const decision = can(found.actor, action, target);
  return decision.allowed ? found : forbidden(decision);
}

/** `If-Match` against a resource version: true when absent or equal (`"7"`, `W/"7"` or `7`). */
export function ifMatches(header: string | undefined, version: number): boolean {
  if (header === undefined || header.trim() === '*') return true;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, '').replace(/^"|"$/g, ''))
    .includes(String(version));
}

export const etag = (version: number) => `"${version}"`;

export const staleVersion = () =>
  fail(
    412,
    'etag_mismatch',
    'The resource was changed since you read it (ETag mismatch): read it again and retry.',
    'If-Match',
  );
