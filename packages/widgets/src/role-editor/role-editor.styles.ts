import { css, unsafeCSS } from 'lit';
import { ROW_HEIGHT } from './virtual-list.js';

const rowHeight = unsafeCSS(`${ROW_HEIGHT}px`);

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
  input[type='email'],
  input[type='text'] {
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
    max-inline-size: 100%;
  }
  .viewport {
    block-size: var(--onramp-role-editor-list-height, 28rem);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    contain: strict;
    /* The rows lay out by the list's width (they stack when it is narrow). */
    container: users / inline-size;
    /* The sticky head (at most a row high) never hides the row a key press scrolls to. */
    scroll-padding-block-start: 3.5rem;
  }
  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    background: var(--_surface-raised);
    font-weight: 600;
  }
  .body {
    position: relative;
  }
  /* A row has a fixed height (ROW_HEIGHT: the list positions rows by arithmetic), so each of its
     texts is one line that ends in an ellipsis when it is too long; the focused row shows them whole. */
  .row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1.5fr) minmax(0, 1.5fr);
    grid-template-areas: 'user status license role';
    gap: 0 var(--_space);
    align-items: center;
    padding-inline: var(--_space);
    border-block-end: 1px solid var(--_border);
    overflow: hidden;
    line-height: 1.25;
  }
  .row > :nth-child(1) {
    grid-area: user;
  }
  .row > :nth-child(2) {
    grid-area: status;
  }
  .row > :nth-child(3) {
    grid-area: license;
  }
  .row > :nth-child(4) {
    grid-area: role;
  }
  /* Narrow (a phone): the user on the left, their role above their status and license on the right. */
  @container users (max-width: 40rem) {
    .row {
      grid-template-columns: minmax(0, 5fr) minmax(0, 3fr) minmax(0, 3fr);
      grid-template-areas: 'user role role' 'user status license';
    }
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
  .body .row > :not(.user),
  .user > *,
  .sub > * {
    min-inline-size: 0;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* Not clipped itself, so the focus ring of the user's button shows whole. */
  .user {
    display: flex;
    flex-direction: column;
    align-items: start;
    min-inline-size: 0;
  }
  .sub {
    display: flex;
    align-self: stretch;
  }
  /* The e-mail gives way to the organization, down to a third of the line. */
  .email {
    flex: 0 1 auto;
  }
  .relation {
    flex: none;
    max-inline-size: 65%;
  }
  /* The focused row grows over the rows below it to show every text whole, wrapped: what the
     ellipses hide is there for keyboard users too, with no tooltip. */
  .body .row:focus-within {
    block-size: auto !important;
    min-block-size: ${rowHeight};
    contain: layout paint style;
    z-index: 1;
    background: var(--_surface);
    padding-block: calc(var(--_space) / 2);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
  }
  .body .row:focus-within * {
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .body .row:focus-within .sub {
    flex-wrap: wrap;
  }
  dialog p {
    overflow-wrap: anywhere;
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
