import type { ReactiveControllerHost } from 'lit';
import type { Notice } from './user-editor.js';

/** What the element does around a submit: note where the focus is, then put it on the outcome. */
export interface FormActionHooks {
  /** A submit starts (the focus is still on its button). */
  acting?(): void;
  /** Its answer is shown in `notices` (the submit button was disabled meanwhile, which drops the focus). */
  acted?(): void;
  /** The form opens: the element closes its other panels (one add or import panel at a time). */
  opening?(): void;
}

/**
 * A toggled form whose submit calls the server once at a time: open, busy and what the last submit
 * said. "Add user" and "Add external admin" are two of them.
 */
export class FormAction<T> {
  open = false;
  busy = false;
  notices: Notice[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly send: (value: T) => Promise<Notice[]>,
    private readonly hooks: FormActionHooks = {},
  ) {}

  toggle = () => {
    if (!this.open) this.hooks.opening?.();
    this.open = !this.open;
    this.host.requestUpdate();
  };

  close() {
    this.open = false;
  }

  /** Sends `value` unless a send is under way; resolves true when the answer was a success. */
  submit = async (value: T): Promise<boolean> => {
    if (this.busy) return false;
    this.hooks.acting?.();
    Object.assign(this, { busy: true, notices: [] });
    this.host.requestUpdate();
    try {
      this.notices = await this.send(value);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
      this.hooks.acted?.();
    }
    return this.notices.every((notice) => notice.tone !== 'error');
  };
}
