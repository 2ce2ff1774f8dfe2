import '@onramp/widgets/setup-prompt.js';
import type { CatalogCountry, Order } from '@onramp/contract';
import { call, describeProblem } from '../api.js';
import type { ScreenContext } from '../context.js';
import { countryOptions } from '../countries.js';
import { field, h, select, showAlert } from '../dom.js';

/**
 * Maps one order to an existing or a new customer, then offers the setup (Next opens the wizard).
 * `countries`: the countries of operation (the server's catalogue) besides the order's own.
 */
export function renderMappingForm(order: Order, context: ScreenContext, countries: CatalogCountry[]) {
  const { t } = context;
  const customers = context.customers();
  const radio = (value: string, checked: boolean) =>
    h('input', { type: 'radio', name: 'target', value, checked });
  const existing = radio('existing', customers.length > 0);
  const fresh = radio('new', customers.length === 0);
  const customer = select(
    { name: 'customerOrgId', 'aria-label': t('mapping.existing') },
    customers.map((org) => [org.id, org.name]),
    context.selectedOrgId,
  );
  const name = h('input', { name: 'name', autocomplete: 'organization' });
  const email = h('input', { name: 'adminEmail', type: 'email', autocomplete: 'email' });
  const country = select(
    { name: 'country' },
    countryOptions(countries, context.lang, context.countryName, order.orderCountry),
    order.orderCountry,
  );
  const submit = h('button', { type: 'submit', class: 'primary' }, t('mapping.submit'));
  const message = h('div', {});
  const form = h(
    'form',
    { class: 'card form', id: 'mapping-form' },
    h('h2', { tabindex: '-1' }, t('orders.mapOrder', { reference: order.orderReference })),
    h(
      'fieldset',
      {},
      h('legend', {}, t('mapping.customer')),
      h('label', { class: 'check' }, existing, t('mapping.existing')),
      customer,
      h('label', { class: 'check' }, fresh, t('mapping.new')),
      field(t('mapping.name'), name),
      field(t('mapping.email'), email),
    ),
    field(t('mapping.country'), country),
    h('div', { class: 'actions' }, submit),
    message,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const isNew = fresh.checked;
    if (isNew && (!name.value.trim() || !email.value || !email.checkValidity())) {
      showAlert(message, t('mapping.needNew'));
      return;
    }
    const body = isNew
      ? { newCustomer: { name: name.value.trim(), adminEmail: email.value.trim() }, country: country.value }
      : { customerOrgId: customer.value, country: country.value };
    submit.disabled = true;
    const request = () =>
      context.client.raw.POST('/orders/{orderId}/mapping', { params: { path: { orderId: order.id } }, body });
    void context.track(call(request)).then((result) => {
      if (!context.isCurrent()) return;
      submit.disabled = false;
      if (result.problem)
        return showAlert(message, t('mapping.failed', { problem: describeProblem(result.problem, t) }));
      const { orderReference: reference, customerCreated, customerOrgId } = result.data;
      const done = h(
        'p',
        { id: 'mapping-done', tabindex: '-1' },
        t(customerCreated ? 'mapping.doneNew' : 'mapping.done', { reference }),
      );
      form.replaceWith(
        h(
          'div',
          { class: 'card' },
          done,
          h('onramp-setup-prompt', { kind: 'order', 'org-id': customerOrgId, theme: context.settings.theme }),
        ),
      );
      // The form is gone: the keyboard goes on at what it did.
      done.focus();
      context.remember(customerOrgId);
    });
  });
  return form;
}
