import { css } from 'lit';

export const subscriptionPanelStyles = css`
  :host {
    display: block;
    max-inline-size: var(--onramp-subscription-panel-max-width, 52rem);
  }
  h3 {
    margin-block-start: var(--_space-m);
  }
  h4 {
    margin-block: var(--_space-m) var(--_space-xs);
    font-size: 1em;
  }
  h5 {
    margin-block: 0 var(--_space-xs);
    font-size: 1em;
  }
  /* The summary: a card per fact, as many per row as fit (one on a phone). */
  [part='summary'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 8rem), 1fr));
    gap: var(--_space-s);
    margin: 0 0 var(--_space-m);
  }
  [part='summary'] > div {
    background: var(--_surface-raised);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-s) var(--_space-m);
  }
  [part='summary'] dt {
    color: var(--_text-muted);
    font-size: var(--_text-s);
    font-weight: normal;
  }
  [part='summary'] dd {
    font-size: var(--_text-l);
  }
  /* Service status: a column per state, side by side where they fit. */
  [part='groups'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: var(--_space-s) var(--_space-m);
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
  /* Counts line up by their last digit. */
  [part='table'] td,
  [part='table'] thead th {
    font-variant-numeric: tabular-nums;
    text-align: end;
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
    margin: 0;
  }
  [part='list'] li {
    padding-block: var(--_space-xs);
  }
  /* An administrator per row: who (name over e-mail), role, verification; the columns keep their
     widths from row to row and wrap under one another on a narrow panel. */
  #admins li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-m);
    border-block-end: var(--_border-width) solid var(--_border);
  }
  #admins li > * {
    flex: 0 1 var(--_field-choice);
  }
  #admins li > :first-child {
    flex-grow: 1;
  }
  #admins li > :last-child {
    flex-basis: var(--_field-quantity);
  }
  /* The shared panel buttons (font, radius, padding, disabled), in the accent; the border in the
     accent's colour is the one edge forced colours keep (they drop backgrounds). */
  button {
    color: var(--_on-accent);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  button[part~='secondary'] {
    color: var(--_accent);
    background: var(--_surface);
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
