import {
  OnrampLicenseChangeEvent,
  OnrampRoleChangeEvent,
  OnrampSetupStepChangeEvent,
  type OnrampSetupSubmitEvent,
} from '@onramp/widgets';

export type WidgetEvent =
  | OnrampRoleChangeEvent
  | OnrampLicenseChangeEvent
  | OnrampSetupStepChangeEvent
  | OnrampSetupSubmitEvent
  | import('@onramp/widgets').OnrampSetupRequestedEvent
  | import('@onramp/widgets').OnrampSetupCloseEvent;

/** One line of the demo's event log, read from the event's typed fields (there is no `detail`). */
export function describeEvent(event: WidgetEvent): string {
  if (event instanceof OnrampRoleChangeEvent)
    return `${event.type}: ${event.userId} ${event.previousRole ?? 'none'} → ${event.role ?? 'none'}`;
  if (event instanceof OnrampLicenseChangeEvent)
    return `${event.type}: ${event.userId} ${event.previousLicense ?? 'none'} → ${event.license ?? 'none'}`;
  if (event instanceof OnrampSetupStepChangeEvent) return `${event.type}: ${event.step}`;
  return `${event.type}: ${event.orgId}`;
}
