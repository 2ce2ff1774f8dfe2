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
    font-weight: var(--_strong);
    font-size: 1em;
    margin-block: var(--_space-m) var(--_space-xs);
    padding: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-m);
  }
  .search span,
  label[for] {
    display: block;
    font-weight: var(--_strong);
    margin-block-end: var(--_space-xs);
  }
  input[type='search'],
  input[type='email'],
  input[type='text'] {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-s);
    min-inline-size: min(var(--_field-choice), 100%);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
  }
  .filters legend {
    margin-block-start: 0;
  }
  /* The filter: one joined row of segments, the chosen one filled. Each radio is kept, unpainted,
     over its whole segment: it takes the clicks and the arrow keys, and draws the focus ring. */
  .segments {
    display: flex;
    flex-wrap: wrap;
    padding-block-end: var(--_border-width);
  }
  /* On a phone the segments wrap, each row filled: still one block of joined buttons. */
  .segment {
    position: relative;
    flex: 1 1 auto;
    display: flex;
    align-items: center;
    justify-content: center;
    min-block-size: var(--_target);
    padding: var(--_space-xs) var(--_space-m);
    border: var(--_border-width) solid var(--_border);
    margin-block-end: calc(-1 * var(--_border-width));
    background: var(--_surface);
    cursor: pointer;
  }
  .segment + .segment {
    margin-inline-start: calc(-1 * var(--_border-width));
  }
  .segment:first-child {
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }
  .segment:last-child {
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .segment input {
    appearance: none;
    position: absolute;
    inset: 0;
    margin: 0;
    border-radius: inherit;
    cursor: inherit;
  }
  /* Classes, not :has(input:checked): a :has() rule in the shadow root made every row the list
     inserts while scrolling cost about 40% more style work (measured in Chromium, decision 0006). */
  .segment.on {
    z-index: 1;
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .segment.off {
    color: var(--_text-muted);
    cursor: not-allowed;
  }
  .reason,
  .muted {
    color: var(--_text-muted);
    font-size: var(--_text-s);
  }
  .reason {
    display: block;
    margin-inline-start: var(--_space-l);
  }
  .filters .reason {
    display: block;
    margin: var(--_space-xs) 0 0;
  }
  .add-external > .reason {
    margin-inline-start: var(--_space-s);
    display: inline;
  }
  /* The add and import actions in one row; the one whose panel is open takes the whole row, so
     its form reads after its button and before the next action, on screen as in the tab order. */
  .actions-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-s);
    margin-block: var(--_space-m);
  }
  .actions-bar > .open {
    flex-basis: 100%;
  }
  .add-external form {
    margin-block-start: var(--_space-s);
  }
  /* Buttons look as panelStyles draws them, with room around them. */
  button {
    margin-block: var(--_space-xs);
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
    border: var(--_border-width) solid var(--_border);
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
    font-weight: var(--_strong);
  }
  .body {
    position: relative;
  }
  /* A row has a fixed height (ROW_HEIGHT: the list positions rows by arithmetic). The user's name
     and e-mail are one line each, ending in an ellipsis; status, license and role wrap between words
     on at most two lines, in columns never narrower than their longest word in the longest language
     (Russian), so no word is cut (decision 0071). The focused row shows every text whole. */
  .row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(7.5em, 1fr) minmax(6em, 1fr) minmax(8em, 1.5fr);
    grid-template-areas: 'user status license role';
    gap: 0 var(--_space-s);
    align-items: center;
    padding-inline: var(--_space-s);
    border-block-end: var(--_border-width) solid var(--_border);
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
      grid-template-columns: minmax(0, 5fr) minmax(7em, 3fr) minmax(5em, 3fr);
      padding-inline: var(--_space-xs);
      grid-template-areas: 'user role role' 'user status license';
    }
    .row > :not(.user) {
      font-size: var(--_text-s);
      line-height: 1.15;
    }
  }
  .head .row {
    padding-block: var(--_space-s);
  }
  .body .row {
    position: absolute;
    inset-inline: 0;
    /* Each row is laid out and painted on its own: a row entering the window dirties only itself. */
    contain: strict;
  }
  .body .row > :not(.user) {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
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
    padding-block: var(--_space-xs);
    box-shadow: var(--_elevation-2);
  }
  .body .row:focus-within * {
    white-space: normal;
    -webkit-line-clamp: none;
  }
  .body .row:focus-within .user * {
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
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-l);
    inline-size: min(36rem, 90vw);
  }
  .confirm {
    border: calc(var(--_border-width) * 2) solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space-s) var(--_space-m);
    margin-block: var(--_space-s);
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
  @media (forced-colors: active) {
    .segment.on {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
