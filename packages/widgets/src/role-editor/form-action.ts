import type { ReactiveControllerHost } from 'lit';
import type { Notice } from './user-editor.js';

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
  ) {}

  toggle = () => {
    this.open = !this.open;
    this.host.requestUpdate();
  };

  /** Sends `value` unless a send is under way; resolves true when the answer was a success. */
  submit = async (value: T): Promise<boolean> => {
    if (this.busy) return false;
    Object.assign(this, { busy: true, notices: [] });
    this.host.requestUpdate();
    this.notices = await this.send(value);
    this.busy = false;
    this.host.requestUpdate();
    return this.notices.every((notice) => notice.tone !== 'error');
  };
}
