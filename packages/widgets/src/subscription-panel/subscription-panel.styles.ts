import { css } from 'lit';

export const subscriptionPanelStyles = css`
  :host {
    display: block;
    max-inline-size: var(--onramp-subscription-panel-max-width, 52rem);
  }
  h3 {
    margin-block: var(--_space-m) var(--_space-s);
    font-size: var(--_text-l);
  }
  h4 {
    margin-block: var(--_space-m) var(--_space-xs);
    font-size: 1em;
  }
  [part='section'] + [part='section'] {
    border-block-start: var(--_border-width) solid var(--_border);
    margin-block-start: var(--_space-m);
  }
  [part='facts'] {
    display: grid;
    /* A label takes at most 40 % and wraps beyond; long values (ids, e-mails) break rather than widen the page. */
    grid-template-columns: fit-content(40%) minmax(0, 1fr);
    gap: var(--_space-xs) var(--_space-m);
    margin: 0;
  }
  dt {
    font-weight: var(--_strong);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  time[part~='help'] {
    display: inline;
    margin-inline-start: var(--_space-s);
  }
  [part='table'] {
    border-collapse: collapse;
    min-inline-size: 60%;
  }
  [part='table'] th,
  [part='table'] td {
    text-align: start;
    padding: var(--_space-xs) var(--_space-s);
    border-block-end: var(--_border-width) solid var(--_border);
  }
  [part='table'] td {
    font-variant-numeric: tabular-nums;
  }
  [part='table'] meter {
    display: block;
    inline-size: 100%;
    min-inline-size: var(--_field-quantity);
    block-size: var(--_space-s);
  }
  [part='timeline'] {
    padding-inline-start: var(--_space-l);
  }
  [part='list'] {
    list-style: none;
    padding: 0;
  }
  [part='list'] li {
    padding-block: var(--_space-xs);
  }
  button {
    font: inherit;
    color: var(--_on-accent);
    background: var(--_accent);
    /* A border in the accent's colour: the one edge forced colours keep (they drop backgrounds). */
    border: var(--_border-width) solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space-xs) var(--_space-m);
    cursor: pointer;
  }
  button[part~='secondary'] {
    color: var(--_accent);
    background: var(--_surface);
    border: var(--_border-width) solid var(--_accent);
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
    gap: var(--_space-xs);
    margin-block-end: var(--_space-s);
    max-inline-size: var(--_field-text);
  }
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-xs) var(--_space-s);
    /* The country list is as wide as its longest name unless allowed to shrink to the field. */
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  /* The mark of a required address field. */
  .required-mark {
    color: var(--_danger);
    font-weight: var(--_strong);
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_danger);
  }
`;
