/**
 * A part of a widget that only a user's action needs (the role editor's user dialog and CSV import,
 * the panel's address form, the onboarding form's schema check): its code is a module of its own,
 * imported on the first action that needs it (decision 0073). The first screen does not wait for it,
 * and a partner's page does not download it until someone acts.
 *
 * The loader runs once; every caller gets the same promise. A failed load (the network dropped) is
 * forgotten, so the next action tries again; the caller words the failure as a connection problem.
 * `prefetch` starts the load early (a pointer over or the focus on the control that will need it),
 * so the action rarely waits.
 */
export interface OnDemand<T> {
  (): Promise<T>;
  prefetch(): void;
  /** The module once it has arrived: a caller that finds it here goes on without waiting a turn. */
  readonly current: T | undefined;
}

export function onDemand<T>(load: () => Promise<T>): OnDemand<T> {
  let pending: Promise<T> | undefined;
  let current: T | undefined;
  const get = () =>
    (pending ??= load().then(
      (module) => (current = module),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return Object.defineProperties(get, {
    prefetch: { value: () => void get().catch(() => {}) },
    current: { get: () => current },
  }) as OnDemand<T>;
}
