import { createComponent } from '@lit/react';
import { OnrampRoleEditor as OnrampRoleEditorElement } from '@onramp/widgets/role-editor.js';
import * as React from 'react';
import { roleEditorEvents } from './events.js';

/**
 * `<onramp-role-editor>` as a React component: the element's properties as typed props (objects such as
 * `client` are set as properties, not attributes), and its events as typed handler props.
 */
export const RoleEditor = createComponent({
  react: React,
  tagName: 'onramp-role-editor',
  elementClass: OnrampRoleEditorElement,
  events: roleEditorEvents,
  displayName: 'RoleEditor',
});

export type RoleEditorProps = React.ComponentProps<typeof RoleEditor>;
