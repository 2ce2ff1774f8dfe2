import '@onramp/widgets/setup-prompt.js';
import type { CatalogCountry, Order, OrderMapping, Organization } from '@onramp/contract';
import { call, describeProblem } from '../api.js';
import { isolatedText, sentence } from '../bidi.js';
import type { ScreenContext } from '../context.js';
import { countryOptions } from '../countries.js';
import { field, h, select, showAlert } from '../dom.js';

/** The Cisco PSTN add-on is sold for the United States only (seed 000; the server refuses the rest). */
const PSTN_COUNTRY = 'US';

/**
 * Maps one order to a new or an existing customer, then offers the setup (Next opens the wizard).
 * Nothing is preselected: the partner says which customer, typing a new customer's details picks
 * "A new customer", and a customer whose services are set up takes the order only when the partner
 * ticks that it replaces the subscription. `onMapped` tells the orders table.
 * `countries`: the countries of operation (the server's catalogue) besides the order's own.
 */
export function renderMappingForm(
  order: Order,
  context: ScreenContext,
  countries: CatalogCountry[],
  onMapped: (mapping: OrderMapping) => void,
) {
  const { t } = context;
  const customers = context.customers().filter((org) => org.kind === 'customer');
  const radio = (value: string) =>
    h('input', { type: 'radio', name: 'target', value, id: `target-${value}` });
  const fresh = radio('new');
  const existing = radio('existing');
  const name = h('input', { name: 'name', autocomplete: 'organization', maxlength: '200' });
  const email = h('input', { name: 'adminEmail', type: 'email', autocomplete: 'email', maxlength: '320' });
  const customer = select(
    { name: 'customerOrgId', 'aria-label': t('mapping.existing') },
    [['', t('picker.choose')], ...customers.map((org): [string, string] => [org.id, isolatedText(org.name)])],
    '',
  );
  const replace = h('input', { type: 'checkbox', name: 'replaceSubscription', id: 'mapping-replace' });
  const replaceLine = h('label', { class: 'check', hidden: true });
  const countryNote = h('div', { id: 'mapping-country-note' });
  const country = select(
    { name: 'country', 'aria-describedby': countryNote.id },
    countryOptions(countries, context.lang, context.countryName, order.orderCountry),
    order.orderCountry,
  );
  const submit = h('button', { type: 'submit', class: 'primary' }, t('mapping.submit'));
  const message = h('div', {});
  const chosen = () => customers.find((org) => org.id === customer.value);
  // The chosen customer's confirmed country of operation (its setup), once asked.
  let confirmed: { orgId: string; country: string | null } | undefined;

  /** The notes beside the country and the replace box follow the target and the country. */
  const refresh = () => {
    const target = existing.checked ? chosen() : undefined;
    const setUp = target?.setupStatus === 'completed';
    replaceLine.hidden = !setUp;
    if (target && setUp)
      replaceLine.replaceChildren(replace, ...sentence(t, 'mapping.replace', { name: target.name }));
    if (!setUp) replace.checked = false;
    const notes: Node[][] = [];
    if (order.ciscoPstnAddOn) notes.push([document.createTextNode(t('mapping.pstnUsOnly'))]);
    const locked = target && confirmed?.orgId === target.id ? confirmed.country : null;
    if (target && locked && locked !== country.value)
      notes.push(
        sentence(t, 'mapping.countryDiffers', { name: target.name, country: context.countryName(locked) }),
      );
    const wrong =
      (order.ciscoPstnAddOn && country.value !== PSTN_COUNTRY) ||
      (locked !== null && locked !== country.value);
    countryNote.replaceChildren(...notes.map((note) => h('p', { class: wrong ? 'warning' : 'hint' }, note)));
    if (wrong) country.setAttribute('aria-invalid', 'true');
    else country.removeAttribute('aria-invalid');
  };
  const askConfirmedCountry = (org: Organization) => {
    if (org.setupStatus === null) return;
    void context.track(call(context.client.setup.get(org.id))).then((result) => {
      if (!context.isCurrent() || result.problem) return;
      const { answers } = result.data;
      confirmed = { orgId: org.id, country: answers.countryConfirmed ? answers.country : null };
      refresh();
    });
  };
  // Typing a new customer's details is choosing a new customer; picking one is choosing an existing one.
  for (const input of [name, email])
    input.addEventListener('input', () => {
      if (input.value.trim()) fresh.checked = true;
      refresh();
    });
  customer.addEventListener('change', () => {
    if (customer.value) existing.checked = true;
    const org = chosen();
    if (org) askConfirmedCountry(org);
    refresh();
  });
  for (const control of [fresh, existing, country]) control.addEventListener('change', refresh);
  refresh();

  const form = h(
    'form',
    { class: 'card form', id: 'mapping-form', novalidate: true },
    h('h2', { tabindex: '-1' }, t('orders.mapOrder', { reference: order.orderReference })),
    h(
      'fieldset',
      {},
      h('legend', {}, t('mapping.customer')),
      h('label', { class: 'check' }, fresh, t('mapping.new')),
      field(t('mapping.name'), name),
      field(t('mapping.email'), email),
      h('label', { class: 'check' }, existing, t('mapping.existing')),
      customer,
      replaceLine,
    ),
    field(t('mapping.country'), country),
    countryNote,
    h('div', { class: 'actions' }, submit),
    message,
  );
  /** What the form would send, or why it may not yet (said before any call, beside the form). */
  const request = () => {
    const typed = name.value.trim() !== '' || email.value.trim() !== '';
    if (!fresh.checked && !existing.checked) return { refusal: t('mapping.chooseTarget'), focus: fresh };
    if (fresh.checked) {
      if (!name.value.trim() || !email.value.trim() || !email.checkValidity())
        return { refusal: t('mapping.needNew'), focus: name.value.trim() ? email : name };
      return {
        body: {
          newCustomer: { name: name.value.trim(), adminEmail: email.value.trim() },
          country: country.value,
        },
      };
    }
    const target = chosen();
    if (!target) return { refusal: t('mapping.chooseCustomer'), focus: customer };
    // What was typed for a new customer is never dropped in silence.
    if (typed) return { refusal: t('mapping.typedNew'), focus: name };
    if (target.setupStatus === 'completed' && !replace.checked)
      return { refusal: t('mapping.confirmReplace'), focus: replace };
    return {
      body: {
        customerOrgId: target.id,
        country: country.value,
        ...(replace.checked ? { replaceSubscription: true } : {}),
      },
    };
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = request();
    if (!next.body) {
      showAlert(message, next.refusal);
      return;
    }
    const { body } = next;
    submit.disabled = true;
    void context.track(call(context.client.orders.map(order.id, body))).then((result) => {
      if (!context.isCurrent()) return;
      submit.disabled = false;
      if (result.problem) {
        const labels = {
          'newCustomer.name': t('mapping.name'),
          'newCustomer.adminEmail': t('mapping.email'),
        };
        const problem = describeProblem(result.problem, t, { ...labels, country: t('mapping.country') });
        return showAlert(message, t('mapping.failed', { problem }));
      }
      const { orderReference: reference, customerCreated, customerOrgId } = result.data;
      const target = 'customerOrgId' in body ? (chosen()?.name ?? '') : body.newCustomer.name;
      const done = h(
        'p',
        { id: 'mapping-done', tabindex: '-1' },
        sentence(t, customerCreated ? 'mapping.doneNew' : 'mapping.done', { reference, name: target }),
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
      onMapped(result.data);
    });
  });
  return form;
}
