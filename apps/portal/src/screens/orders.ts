import '@onramp/widgets/status-badge.js';
import type { CatalogCountry, Order, OrderMapping } from '@onramp/contract';
import { call, describeProblem } from '../api.js';
import { isolated } from '../bidi.js';
import type { ScreenContext } from '../context.js';
import { loadCountries } from '../countries.js';
import { alertLine, h, table } from '../dom.js';
import { ownPermissions, refusalNotice, refusalOf } from '../permissions.js';
import { licenseLabel } from './labels.js';
import { renderMappingForm } from './mapping-form.js';
import { partnerOnlyNotice } from './partner-only.js';

/** The orders from the ordering tool; an unmapped one opens the mapping form. Partner actors only. */
export function renderOrders(into: HTMLElement, context: ScreenContext) {
  const { t } = context;
  into.append(h('h1', { tabindex: '-1' }, t('orders.title')), h('p', { class: 'lead' }, t('orders.lead')));
  if (partnerOnlyNotice(into, context, 'orders.partnerOnly')) return;
  const body = h('div', {}, h('p', { role: 'status' }, t('orders.loading')));
  into.append(body);
  const orders = call(context.client.orders.list({ max: 100 }));
  const loads = Promise.all([
    orders,
    loadCountries(context.client),
    ownPermissions(context),
    context.loadCustomers(),
  ]);
  void context.track(loads).then(([result, countries, permissions]) => {
    if (!context.isCurrent()) return;
    // Who may not map orders sees them without "Map" buttons, and why, once above the table.
    const refused = refusalOf(permissions, 'map_order');
    if (result.problem)
      return body.replaceChildren(
        alertLine(t('orders.failed', { problem: describeProblem(result.problem, t) })),
      );
    const mapping = h('div', {});
    // Without the catalogue the mapping form still offers the order's own country.
    const catalogue = countries.problem ? [] : countries.countries;
    const rows = result.data.items.map((order) => orderRow(order, context, mapping, catalogue, !refused));
    body.replaceChildren(
      refused ? refusalNotice(context, refused) : '',
      rows.length === 0
        ? h('p', {}, t('orders.empty'))
        : table(
            'orders',
            t('orders.caption'),
            [
              t('orders.colOrder'),
              t('orders.colServices'),
              t('orders.colLicenses'),
              t('orders.colCountry'),
              t('orders.colStatus'),
              t('orders.colCustomer'),
            ],
            rows,
          ),
      mapping,
    );
  });
}

function orderRow(
  order: Order,
  context: ScreenContext,
  mapping: HTMLElement,
  countries: CatalogCountry[],
  mayMap: boolean,
): HTMLElement {
  const { t } = context;
  const mapped = order.status === 'mapped';
  const badge = h(
    'onramp-status-badge',
    { tone: mapped ? 'success' : 'warning' },
    t(mapped ? 'orders.mapped' : 'orders.unmapped'),
  );
  const customer = context.customers().find((org) => org.id === order.customerOrgId);
  let action: HTMLElement | string = customer ? isolated(customer.name) : '';
  if (!mapped && mayMap) {
    action = h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        'aria-label': t('orders.mapOrder', { reference: order.orderReference }),
      },
      t('orders.map'),
    );
    action.addEventListener('click', () => {
      // Once mapped, the row says so and names the customer (loaded again: it may be new).
      const onMapped = (done: OrderMapping) => {
        void context.track(context.loadCustomers()).then(() => {
          if (!context.isCurrent()) return;
          const mappedOrder: Order = {
            ...order,
            status: 'mapped',
            customerOrgId: done.customerOrgId,
            mappedAt: done.mappedAt,
          };
          row.replaceWith(orderRow(mappedOrder, context, mapping, countries, mayMap));
        });
      };
      mapping.replaceChildren(renderMappingForm(order, context, countries, onMapped));
      mapping.querySelector<HTMLElement>('h2')?.focus();
    });
  }
  const row = h(
    'tr',
    { id: `order-${order.id}` },
    h('th', { scope: 'row', class: 'nowrap' }, isolated(order.orderReference)),
    h('td', {}, order.services.map((service) => t(`service.${service}`)).join(', ')),
    h('td', {}, order.licenses.map((l) => `${l.quantity} ${licenseLabel(l.license, context)}`).join(', ')),
    h('td', {}, context.countryName(order.orderCountry)),
    h('td', {}, badge),
    h('td', {}, action),
  );
  return row;
}
