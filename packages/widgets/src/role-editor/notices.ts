import { html } from 'lit';
import type { Notice } from './user-editor.js';

/** What an action said, each as a status (or an alert, for a refusal) that takes the focus. */
export function renderNotices(notices: Notice[]) {
  return notices.map(
    ({ tone, text }) =>
      html`<p part="notice ${tone}" class=${tone} role=${tone === 'error' ? 'alert' : 'status'} tabindex="-1">${text}</p>`,
  );
}
