import type { SetupStep } from '@onramp/contract';

/** The wizard now shows another step (after the server accepted the move). */
export class OnrampSetupStepChangeEvent extends Event {
  static readonly type = 'onramp-setup-step-change';
  constructor(readonly step: SetupStep) {
    super(OnrampSetupStepChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'onramp-setup-step-change': OnrampSetupStepChangeEvent;
  }
}
