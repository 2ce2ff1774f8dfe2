import { css } from 'lit';

export const roleEditorStyles = css`
  :host {
    display: block;
    max-inline-size: var(--onramp-role-editor-max-width, 64rem);
  }
  h4,
  legend {
    font-weight: 600;
    font-size: 1em;
    margin-block: calc(var(--_space) * 2) calc(var(--_space) / 2);
    padding: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 2);
  }
  .search span,
  label[for] {
    display: block;
    font-weight: 600;
    margin-block-end: calc(var(--_space) / 2);
  }
  input[type='search'],
  input[type='email'] {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    min-inline-size: 16rem;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0;
  }
  .filters legend {
    margin-block-start: 0;
  }
  .segment {
    border: 1px solid var(--_border);
    padding: calc(var(--_space) / 2) var(--_space);
    cursor: pointer;
  }
  /* Classes, not :has(input:checked): a :has() rule in the shadow root made every row the list
     inserts while scrolling cost about 40% more style work (measured in Chromium, decision 0006). */
  .segment.on {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .segment.off {
    color: var(--_text-muted);
    cursor: not-allowed;
  }
  .reason,
  .muted {
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .reason {
    display: block;
    margin-inline-start: calc(var(--_space) * 3);
  }
  .filters .reason,
  .add-external > .reason {
    margin-inline-start: var(--_space);
    display: inline;
  }
  .add-external {
    margin-block: calc(var(--_space) * 2);
  }
  .add-external form {
    margin-block-start: var(--_space);
  }
  button {
    font: inherit;
    color: var(--_text);
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    cursor: pointer;
    margin-block: calc(var(--_space) / 2);
  }
  button[part~='primary'] {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  button.name {
    background: none;
    border: 0;
    padding: 0;
    margin: 0;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
  }
  .viewport {
    block-size: var(--onramp-role-editor-list-height, 28rem);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    contain: strict;
    /* The sticky head (at most a row high) never hides the row a key press scrolls to. */
    scroll-padding-block-start: 3.5rem;
  }
  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--_surface-raised);
    font-weight: 600;
  }
  .body {
    position: relative;
  }
  .row {
    display: grid;
    grid-template-columns: 2fr 1fr 1.5fr 1.5fr;
    gap: var(--_space);
    align-items: center;
    padding-inline: var(--_space);
    border-block-end: 1px solid var(--_border);
    overflow: hidden;
  }
  .head .row {
    padding-block: var(--_space);
  }
  .body .row {
    position: absolute;
    inset-inline: 0;
    /* Each row is laid out and painted on its own: a row entering the window dirties only itself. */
    contain: strict;
  }
  .user {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .unverified {
    color: var(--_warning);
  }
  dialog {
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 3);
    inline-size: min(36rem, 90vw);
  }
  .confirm {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 2);
    margin-block: var(--_space);
  }
  [part~='notice'].success {
    color: var(--_success);
  }
  [part~='notice'].warning {
    color: var(--_warning);
  }
  [part~='notice'].error,
  [part='error'] {
    color: var(--_danger);
  }
`;
