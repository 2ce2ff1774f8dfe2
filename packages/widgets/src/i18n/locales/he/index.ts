import type { Messages } from '../../types.js';
import common from './common.js';
import setupWizard from './setup-wizard.js';

const he: Messages = { ...common, ...setupWizard };

export default he;
