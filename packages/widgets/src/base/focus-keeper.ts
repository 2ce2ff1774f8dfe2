/**
 * Keeps the keyboard focus in a widget while the user acts in it, and never takes it from the page.
 *
 * The user is *driving* the widget when the focus is in it, or was until the widget itself dropped it
 * (a button disabled while busy, or removed with the view it belonged to, sends the focus to the
 * page's body). Call `update()` when an action starts; when it ends, `focus()` puts the focus on what
 * the action led to, but only if the user is still driving: focus that has moved elsewhere on the page
 * in the meantime is left where it is. The setup wizard, the role editor, the onboarding form and the
 * panel's address editor all keep focus through it.
 */
export class FocusKeeper {
  private driving = false;

  constructor(private readonly host: HTMLElement) {}

  /** Whether the focus is nowhere, or on the page's body (lost, not given to anything). */
  static get lost(): boolean {
    const active = document.activeElement;
    return !active || active === document.body;
  }

  /**
   * Whether the focus is in the widget (its shadow tree or its children). Read from the roots'
   * `activeElement`, not `:focus-within`, which Chromium does not match on the host while the focus
   * is in a modal `<dialog>` of its shadow root (the top layer).
   */
  get within(): boolean {
    const { host } = this;
    return !!host.shadowRoot?.activeElement || host.contains(document.activeElement);
  }

  /**
   * An action the user just started in the widget (a click or a key press on one of its controls):
   * focus in it, or on the page's body (a browser that does not focus a clicked button), counts.
   */
  begin(): boolean {
    this.driving = this.within || FocusKeeper.lost;
    return this.driving;
  }

  /** Records and returns whether the user is driving the widget: focus in it, or lost since they were. */
  update(): boolean {
    this.driving = this.within || (this.driving && FocusKeeper.lost);
    return this.driving;
  }

  /**
   * If the user is driving the widget, focuses the first of `targets` that can take the focus (one
   * that exists, is rendered and is not disabled) and returns whether one did.
   */
  focus(...targets: Array<Element | null | undefined>): boolean {
    if (!this.update()) return false;
    for (const target of targets) {
      if (!(target instanceof HTMLElement) || !target.isConnected) continue;
      target.focus();
      if ((target.getRootNode() as Document | ShadowRoot).activeElement === target) return true;
    }
    return false;
  }
}
