import type { SetupStatus } from '../vocabulary.js';

/** The country where the Cisco PSTN add-on is sold (DOMAIN §1.2: "United States only"). */
export const CISCO_PSTN_COUNTRY = 'US';

/** What the mapping needs to know of the order (DOMAIN §1.1, §1.2). */
export interface OrderToMap {
  readonly orderReference: string;
  readonly ciscoPstnAddOn: boolean;
}

/** The customer the order is mapped to: one to create, or an existing one of the partner. */
export type MappingTarget =
  | { readonly kind: 'new' }
  | {
      readonly kind: 'existing';
      readonly name: string;
      readonly setupStatus: SetupStatus | null;
      /** The country of operation once confirmed in the wizard (it can never change), else null. */
      readonly confirmedCountry: string | null;
      /** The partner confirmed that the order replaces the subscription of a customer already set up. */
      readonly replaceSubscription: boolean;
    };

export const ORDER_MAPPING_REFUSALS = [
  'setup_not_editable',
  'customer_already_set_up',
  'country_locked',
  'pstn_add_on_us_only',
] as const;
export type OrderMappingRefusalCode = (typeof ORDER_MAPPING_REFUSALS)[number];

export interface OrderMappingRefusal {
  readonly code: OrderMappingRefusalCode;
  /** 409: the customer's state conflicts; 422: the order itself cannot serve that country. */
  readonly status: 409 | 422;
  readonly field: 'customerOrgId' | 'replaceSubscription' | 'country';
  /** English; a UI words the code in the user's language. */
  readonly message: string;
}

/**
 * May `order` be mapped to `target` with `country` (the default country of operation)? Null when
 * it may. A mapping onto an existing customer replaces its subscription: refused while the setup
 * provisions, and only on explicit confirmation once the services are set up (a live customer must
 * not lose its subscription to a form's preselection). The Cisco PSTN add-on exists only in the US.
 */
export function orderMappingRefusal(
  order: OrderToMap,
  country: string,
  target: MappingTarget,
): OrderMappingRefusal | null {
  if (target.kind === 'existing') {
    if (target.setupStatus === 'provisioning')
      return {
        code: 'setup_not_editable',
        status: 409,
        field: 'customerOrgId',
        message: `The services of ${target.name} are being provisioned: map the order once provisioning is over.`,
      };
    if (target.setupStatus === 'completed' && !target.replaceSubscription)
      return {
        code: 'customer_already_set_up',
        status: 409,
        field: 'replaceSubscription',
        message: `The services of ${target.name} are set up: mapping ${order.orderReference} replaces its subscription. Send replaceSubscription: true to confirm.`,
      };
    if (target.confirmedCountry !== null && target.confirmedCountry !== country.toUpperCase())
      return {
        code: 'country_locked',
        status: 409,
        field: 'country',
        message: `The country of operation of ${target.name} is confirmed as ${target.confirmedCountry} and can never change: map the order with that country.`,
      };
  }
  if (order.ciscoPstnAddOn && country.toUpperCase() !== CISCO_PSTN_COUNTRY)
    return {
      code: 'pstn_add_on_us_only',
      status: 422,
      field: 'country',
      message: `${order.orderReference} includes the Cisco PSTN add-on, which is sold for the United States only: map it with the country US.`,
    };
  return null;
}
