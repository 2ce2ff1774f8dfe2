import { css } from 'lit';

/**
 * The look every panel-like component shares (the wizard, the role editor, the subscription panel,
 * the onboarding form, the setup prompt): the framed surface, headings, help and error text, the
 * action row and the buttons (`primary` and `link` variants). Components add only what is theirs.
 */
export const panelStyles = css`
  [part='base'] {
    background: var(--_surface);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-l);
  }
  h2 {
    margin-block: 0 var(--_space-m);
    font-size: var(--_text-xl);
  }
  h3 {
    margin-block: 0 var(--_space-s);
    font-size: var(--_text-l);
  }
  [part~='help'] {
    display: block;
    color: var(--_text-muted);
    font-size: var(--_text-s);
  }
  [part~='error'] {
    color: var(--_danger);
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    justify-content: flex-end;
    margin-block-start: var(--_space-m);
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
    border: var(--_border-width) solid var(--_border);
    background: var(--_surface-raised);
    color: var(--_text);
    padding: var(--_space-xs) var(--_space-m);
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
    /* A touch target at any density (WCAG 2.2 target size): compact must not pack links closer. */
    min-block-size: var(--_target);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
`;
