import { css } from 'lit';

/**
 * The look every panel-like component shares (the wizard, the role editor, the subscription panel,
 * the onboarding form, the setup prompt): the framed surface, headings, help and error text, the
 * action row and the buttons (`primary` and `link` variants). Components add only what is theirs.
 */
export const panelStyles = css`
  [part='base'] {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 3);
  }
  h2 {
    margin-block: 0 calc(var(--_space) * 2);
    font-size: 1.375em;
  }
  h3 {
    margin-block: 0 var(--_space);
    font-size: 1.125em;
  }
  [part~='help'] {
    display: block;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  [part~='error'] {
    color: var(--_danger);
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: flex-end;
    margin-block-start: calc(var(--_space) * 2);
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface-raised);
    color: var(--_text);
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 2);
  }
  button[part~='primary'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button[part~='link'] {
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    padding: 0;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
`;
