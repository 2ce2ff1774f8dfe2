import { css } from 'lit';

export const subscriptionPanelStyles = css`
  :host {
    display: block;
    max-inline-size: var(--onramp-subscription-panel-max-width, 52rem);
  }
  h3 {
    margin-block: calc(var(--_space) * 2) var(--_space);
    font-size: 1.125em;
  }
  h4 {
    margin-block: calc(var(--_space) * 2) calc(var(--_space) / 2);
    font-size: 1em;
  }
  [part='section'] + [part='section'] {
    border-block-start: 1px solid var(--_border);
    margin-block-start: calc(var(--_space) * 2);
  }
  [part='facts'] {
    display: grid;
    /* A label takes at most 40 % and wraps beyond; long values (ids, e-mails) break rather than widen the page. */
    grid-template-columns: fit-content(40%) minmax(0, 1fr);
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  time[part~='help'] {
    display: inline;
    margin-inline-start: var(--_space);
  }
  [part='table'] {
    border-collapse: collapse;
    min-inline-size: 60%;
  }
  [part='table'] th,
  [part='table'] td {
    text-align: start;
    padding: calc(var(--_space) / 2) var(--_space);
    border-block-end: 1px solid var(--_border);
  }
  [part='table'] td {
    font-variant-numeric: tabular-nums;
  }
  [part='timeline'] {
    padding-inline-start: calc(var(--_space) * 3);
  }
  [part='list'] {
    list-style: none;
    padding: 0;
  }
  [part='list'] li {
    padding-block: calc(var(--_space) / 2);
  }
  button {
    font: inherit;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 0;
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) calc(var(--_space) * 2);
    cursor: pointer;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button[part~='secondary'] {
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid var(--_accent);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  /* A billing address or an admin's name may hold a word longer than the panel is wide. */
  address,
  [part='list'] li {
    font-style: normal;
    overflow-wrap: anywhere;
  }
  [part~='field'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    margin-block-end: var(--_space);
    max-inline-size: 30rem;
  }
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    /* The country list is as wide as its longest name unless allowed to shrink to the field. */
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  /* The mark of a required address field. */
  .required-mark {
    color: var(--_danger);
    font-weight: 600;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_danger);
  }
`;
