import type { Messages } from '../../types.js';
import common from './common.js';
import setupWizard from './setup-wizard.js';

const ru: Messages = { ...common, ...setupWizard };

export default ru;
