// What the React and Vue demos show alike (the shared page style is `@onramp/demo-kit/demo.css`).
export { describeEvent, type WidgetEvent } from './describe-event.js';
export { ACTORS, LOCALES, ORGS, TRIAL_ORG } from './options.js';
export { type DemoBackend, startDemoMock } from './start-mock.js';
