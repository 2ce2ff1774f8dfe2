import { css } from 'lit';

export const setupWizardStyles = css`
  :host {
    display: block;
    max-inline-size: var(--onramp-setup-wizard-max-width, 46rem);
  }
  [part='steps'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    list-style: none;
    padding: 0;
    margin-block: 0 calc(var(--_space) * 2);
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  [part='steps'] li[aria-current='step'] {
    color: var(--_text);
    font-weight: 600;
    border-block-end: 2px solid var(--_accent);
  }
  [part='steps'] li.done::before {
    content: '✓ ';
    color: var(--_success);
  }
  label,
  legend {
    display: block;
    font-weight: 600;
    margin-block-end: calc(var(--_space) / 2);
  }
  [part~='choice'] {
    font-weight: normal;
    display: block;
    padding-block: calc(var(--_space) / 2);
  }
  [part='fieldset'] {
    border: 0;
    padding: 0;
    margin: 0;
  }
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    min-inline-size: 18rem;
    max-inline-size: 100%;
  }
  /* Label, value and "Go back and edit" on one line where they fit; on a phone the value and the
     button wrap below the label instead of widening the page. */
  [part='review-row'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    padding-block: calc(var(--_space) / 2);
    border-block-end: 1px solid var(--_border);
  }
  [part='review-row'] dt {
    flex: 0 1 12rem;
  }
  [part='review-row'] dd {
    flex: 1 1 14rem;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  [part='review-row'] dd.edit {
    flex: 0 0 auto;
  }
  dd {
    margin: 0;
  }
  [part='progress'] {
    block-size: 0.75rem;
    background: var(--_surface-raised);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  [part='progress-bar'] {
    block-size: 100%;
    background: var(--_accent);
    transition: inline-size 0.4s ease;
  }
  dialog {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    max-inline-size: 32rem;
    padding: calc(var(--_space) * 3);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
`;
