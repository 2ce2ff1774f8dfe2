import { OnrampRoleEditor } from './role-editor.js';

export { OnrampRoleEditor } from './role-editor.js';

if (!customElements.get('onramp-role-editor')) customElements.define('onramp-role-editor', OnrampRoleEditor);

declare global {
  interface HTMLElementTagNameMap {
    'onramp-role-editor': OnrampRoleEditor;
  }
}
