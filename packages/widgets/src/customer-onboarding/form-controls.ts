import { html } from 'lit';

/** One option of a list: the value sent, the label shown (in the reader's language). */
export interface Choice {
  value: string;
  label: string;
}

/**
 * The mark of a required field, shown after its label before any check. Hidden from assistive
 * technology: the control's `required` says it there, and the form's note explains the mark.
 */
export const requiredMark = html`<span class="required-mark" aria-hidden="true"> *</span>`;

/**
 * The options of a list: a first, empty one (`placeholder`: nothing chosen yet) and the choices.
 * A value that is none of them (typed elsewhere, or stale) selects the empty one, never a wrong one.
 */
export function choiceList(choices: readonly Choice[], value: string, placeholder: string) {
  const known = choices.some((choice) => choice.value === value);
  return html`<option value="" ?selected=${!known}>${placeholder}</option>
    ${choices.map(
      (choice) =>
        html`<option value=${choice.value} ?selected=${choice.value === value}>${choice.label}</option>`,
    )}`;
}

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  maxLength?: number;
}

/** The `maxLength` the contract's JSON Schema gives the property at `path` (`customerInfo.name`). */
export function schemaMaxLength(schema: unknown, path: string): number | undefined {
  let node = schema as SchemaNode | undefined;
  for (const key of path.split('.')) node = node?.properties?.[key];
  return node?.maxLength;
}
