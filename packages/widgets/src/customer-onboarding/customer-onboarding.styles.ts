import { css } from 'lit';

export const customerOnboardingStyles = css`
  :host {
    display: block;
    max-inline-size: var(--onramp-customer-onboarding-max-width, 40rem);
  }
  h2 {
    margin-block: 0 var(--_space);
    font-size: 1.375em;
  }
  [part='fieldset'] {
    border: 0;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 2);
    /* A fieldset is at least as wide as its widest content by default: the country list's longest name. */
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    font-size: 1.0625em;
    margin-block-end: var(--_space);
  }
  [part~='field'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    margin-block-end: var(--_space);
  }
  [part~='quantity'] {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
  }
  /* A quantity's own error goes on its own line, under its label and input. */
  [part~='quantity'] [part='error'] {
    flex-basis: 100%;
  }
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    /* A list is as wide as its longest entry unless allowed to shrink: it takes the field's width. */
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  [part~='quantity'] input {
    inline-size: 8rem;
  }
  /* The mark of a required field: the form's note says what it means. */
  .required-mark {
    color: var(--_danger);
    font-weight: 600;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  input:focus-visible,
  select:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [part='actions'] {
    display: flex;
    gap: var(--_space);
  }
  button {
    font: inherit;
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) calc(var(--_space) * 2);
    border: 1px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  button[part~='primary'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  #error-summary p {
    margin: 0;
  }
  #error-summary ul {
    margin: calc(var(--_space) / 2) 0 0;
    padding-inline-start: 1.25em;
  }
  #error-summary a {
    color: inherit;
    /* A link to a field is a touch target: at least 24 by 24 CSS pixels (WCAG 2.2 target size). */
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    min-inline-size: 24px;
  }
  #accepted-title {
    margin-block: 0 var(--_space);
  }
  [part='summary'] {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_space) / 2) var(--_space);
    margin: 0 0 var(--_space);
  }
  [part='summary'] dt {
    font-weight: 600;
  }
  [part='summary'] dd {
    margin: 0;
  }
`;
