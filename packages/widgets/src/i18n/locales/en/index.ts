import common from './common.js';
import setupWizard from './setup-wizard.js';

// The source catalogue: one module per component area, so components add their strings without
// touching each other's files. Every translation must have exactly these keys (a type error if not).
const en = { ...common, ...setupWizard } as const;

export default en;
