import { css } from 'lit';

export const customerOnboardingStyles = css`
  :host {
    display: block;
    max-inline-size: var(--onramp-customer-onboarding-max-width, 40rem);
  }
  h2 {
    margin-block: 0 var(--_space-s);
    font-size: var(--_text-xl);
  }
  [part='fieldset'] {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_space-m);
    /* A fieldset is at least as wide as its widest content by default: the country list's longest name. */
    min-inline-size: 0;
  }
  legend {
    font-weight: var(--_strong);
    font-size: var(--_text-l);
    margin-block-end: var(--_space-s);
  }
  [part~='field'] {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    margin-block-end: var(--_space-s);
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
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-xs) var(--_space-s);
    /* A list is as wide as its longest entry unless allowed to shrink: it takes the field's width. */
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  /* Fields as wide as what they hold: a name or a street at most the text width, a postal code and a
     quantity (numbers aligned) far less; every one still fits a phone. */
  input {
    max-inline-size: min(var(--_field-text), 100%);
  }
  #address-zipOrPostalCode {
    inline-size: var(--_field-postal);
  }
  [part~='quantity'] input {
    inline-size: var(--_field-quantity);
    font-variant-numeric: tabular-nums;
  }
  /* The address in two columns where two fields fit side by side (city beside region, postal code):
     the country and the street lines span both; on a phone, one column. */
  [part='fieldset']:has(#address-country) {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(var(--_field-choice), 100%), 1fr));
    column-gap: var(--_space-m);
  }
  [part~='field']:has(#address-country, [autocomplete^='address-line']),
  [part='fieldset'] > [part='help'] {
    grid-column: 1 / -1;
  }
  /* The mark of a required field: the form's note says what it means. */
  .required-mark {
    color: var(--_danger);
    font-weight: var(--_strong);
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  [part='actions'] {
    display: flex;
    gap: var(--_space-s);
  }
  button {
    font: inherit;
    border-radius: var(--_radius);
    padding: var(--_space-xs) var(--_space-m);
    border: var(--_border-width) solid var(--_accent);
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
    margin: var(--_space-xs) 0 0;
    padding-inline-start: var(--_space-l);
  }
  #error-summary a {
    color: inherit;
    /* A link to a field is a touch target: at least 24 by 24 CSS pixels (WCAG 2.2 target size). */
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
  }
  #accepted-title {
    margin-block: 0 var(--_space-s);
  }
  [part='summary'] {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-xs) var(--_space-s);
    margin: 0 0 var(--_space-s);
  }
  [part='summary'] dt {
    font-weight: var(--_strong);
  }
  [part='summary'] dd {
    margin: 0;
  }
`;
