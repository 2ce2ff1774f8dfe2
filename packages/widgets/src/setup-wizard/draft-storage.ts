import type { Draft } from './wizard-context.js';

// Unsaved choices and the pending submission key survive a reload (sessionStorage: this tab only).
// Storage may be unavailable (privacy modes, sandboxed iframes): then the wizard simply forgets.

const draftKey = (orgId: string) => `onramp-setup-draft:${orgId}`;
const submitKey = (orgId: string) => `onramp-setup-submit:${orgId}`;

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function readDraft(orgId: string): Draft {
  try {
    return JSON.parse(storage()?.getItem(draftKey(orgId)) ?? '{}') as Draft;
  } catch {
    return {};
  }
}

export function writeDraft(orgId: string, draft: Draft) {
  try {
    if (Object.keys(draft).length) storage()?.setItem(draftKey(orgId), JSON.stringify(draft));
    else storage()?.removeItem(draftKey(orgId));
  } catch {
    // Quota or access errors only lose the convenience, never the wizard.
  }
}

/** The idempotency key of this org's submission: reused until the server has accepted it. */
const inMemoryKeys = new Map<string, string>();

export function pendingSubmitKey(orgId: string): string {
  const existing = storage()?.getItem(submitKey(orgId)) ?? inMemoryKeys.get(orgId);
  if (existing) return existing;
  const key = crypto.randomUUID();
  inMemoryKeys.set(orgId, key);
  try {
    storage()?.setItem(submitKey(orgId), key);
  } catch {
    // Without storage the key still protects against double clicks within this page.
  }
  return key;
}

export function clearSubmitKey(orgId: string) {
  inMemoryKeys.delete(orgId);
  try {
    storage()?.removeItem(submitKey(orgId));
  } catch {
    // Nothing to clear.
  }
}
