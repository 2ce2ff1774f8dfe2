import '@onramp/widgets/setup-prompt.js';
import type { CatalogCountry, StartTrialRequest } from '@onramp/contract';
import { call, describeProblem } from '../api.js';
import { sentence } from '../bidi.js';
import type { ScreenContext } from '../context.js';
import { countryOptions, loadCountries } from '../countries.js';
import { formatDay } from '../dates.js';
import { alertLine, field, h, select, showAlert } from '../dom.js';
import type { MessageKey } from '../i18n/index.js';
import { ownPermissions, refusalNotice, refusalOf } from '../permissions.js';
import { MAX_LICENSE_QUANTITY, quantityProblem, servicesProblem, TRIAL_LICENSES } from '../trial-form.js';
import { licenseLabel } from './labels.js';
import { partnerOnlyNotice } from './partner-only.js';

const TRIAL_DAYS = [30, 60, 90];
/** Preselected when the catalogue has it (the partner's home market); otherwise the first country. */
const DEFAULT_COUNTRY = 'US';

/** Start a trial: `POST /trials`, then the setup prompt (Yes opens the wizard). Partner actors only. */
export function renderTrial(into: HTMLElement, context: ScreenContext) {
  const { t } = context;
  into.append(h('h1', { tabindex: '-1' }, t('trial.title')), h('p', { class: 'lead' }, t('trial.lead')));
  if (partnerOnlyNotice(into, context, 'trial.partnerOnly')) return;
  // The country dropdown offers the server's countries of operation: the form waits for them.
  const body = h('div', {}, h('p', { role: 'status' }, t('trial.loading')));
  into.append(body);
  const loads = Promise.all([loadCountries(context.client), ownPermissions(context)]);
  void context.track(loads).then(([answer, permissions]) => {
    if (!context.isCurrent()) return;
    // A read-only admin learns it now, not after filling the whole form.
    const refused = refusalOf(permissions, 'start_trial');
    if (refused) return body.replaceChildren(refusalNotice(context, refused));
    if (answer.problem)
      return body.replaceChildren(
        alertLine(t('trial.countriesFailed', { problem: describeProblem(answer.problem, t) })),
      );
    body.replaceChildren(trialForm(answer.countries, context));
  });
}

function trialForm(countries: CatalogCountry[], context: ScreenContext) {
  const { t } = context;
  // The contract's length limits (StartTrialRequest): the field stops there, the server never says "too long".
  const name = h('input', {
    name: 'customerName',
    required: true,
    autocomplete: 'organization',
    maxlength: '200',
  });
  const email = h('input', {
    name: 'customerAdminEmail',
    type: 'email',
    required: true,
    autocomplete: 'email',
    maxlength: '320',
  });
  const options = countryOptions(countries, context.lang, context.countryName);
  const country = select(
    { name: 'country' },
    options,
    options.some(([code]) => code === DEFAULT_COUNTRY) ? DEFAULT_COUNTRY : options[0]?.[0],
  );
  const days = select(
    { name: 'trialDays' },
    TRIAL_DAYS.map((count) => [String(count), t('trial.days', { count })]),
  );
  const services = (['contact_center', 'calling'] as const).map((service) => {
    const box = h('input', { type: 'checkbox', name: 'services', value: service, checked: true });
    return { service, box, label: h('label', { class: 'check' }, box, t(`service.${service}`)) };
  });
  // The services group's own error line: described by the group, shown only while none is chosen.
  const servicesError = h('div', { id: 'trial-services-error' });
  const servicesGroup = h(
    'fieldset',
    { id: 'trial-services' },
    h('legend', {}, t('trial.services')),
    services.map((s) => s.label),
    servicesError,
  );
  const showServicesProblem = (problem: ReturnType<typeof servicesProblem>) => {
    servicesError.replaceChildren(...(problem ? [alertLine(t(problem))] : []));
    if (problem) servicesGroup.setAttribute('aria-describedby', servicesError.id);
    else servicesGroup.removeAttribute('aria-describedby');
    for (const { box } of services) {
      if (problem) box.setAttribute('aria-invalid', 'true');
      else box.removeAttribute('aria-invalid');
    }
  };
  for (const { box } of services)
    box.addEventListener('change', () => {
      if (services.some((s) => s.box.checked)) showServicesProblem(undefined);
    });
  // The contact-center agent licenses (DOMAIN §1.1: the wizard's Summary reviews them): asked only
  // with the contact center; each quantity has its own error line, described by its input.
  const licenses = TRIAL_LICENSES.map(({ license, quantity }) => {
    const input = h('input', {
      name: `license-${license}`,
      inputmode: 'numeric',
      autocomplete: 'off',
      value: String(quantity),
      size: '7',
    });
    const error = h('div', { id: `trial-license-${license}-error` });
    return {
      license,
      input,
      error,
      element: h('div', {}, field(licenseLabel(license, context), input), error),
    };
  });
  const licensesGroup = h(
    'fieldset',
    { id: 'trial-licenses' },
    h('legend', {}, t('trial.licenses')),
    licenses.map((l) => l.element),
  );
  const showQuantityProblem = (line: (typeof licenses)[number], problem: MessageKey | undefined) => {
    const max = new Intl.NumberFormat(context.lang).format(MAX_LICENSE_QUANTITY);
    line.error.replaceChildren(...(problem ? [alertLine(t(problem, { max }))] : []));
    if (problem) {
      line.input.setAttribute('aria-invalid', 'true');
      line.input.setAttribute('aria-describedby', line.error.id);
    } else {
      line.input.removeAttribute('aria-invalid');
      line.input.removeAttribute('aria-describedby');
    }
  };
  for (const line of licenses)
    line.input.addEventListener('input', () => {
      if (!quantityProblem(line.input.value)) showQuantityProblem(line, undefined);
    });
  const contactCenter = services.find((s) => s.service === 'contact_center')!.box;
  const showLicenses = () => {
    licensesGroup.hidden = !contactCenter.checked;
    if (licensesGroup.hidden) for (const line of licenses) showQuantityProblem(line, undefined);
  };
  contactCenter.addEventListener('change', showLicenses);
  const ccai = h('input', { type: 'checkbox', name: 'ccai' });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('trial.submit'));
  const message = h('div', {});
  const form = h(
    'form',
    { class: 'card form', id: 'trial-form', novalidate: true },
    field(t('trial.name'), name),
    field(t('trial.email'), email, t('trial.emailHint')),
    field(t('trial.country'), country),
    field(t('trial.length'), days),
    servicesGroup,
    licensesGroup,
    h('label', { class: 'check' }, ccai, t('trial.ccai')),
    h('div', { class: 'actions' }, submit),
    message,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    const chosen = services.filter((s) => s.box.checked).map((s) => s.service);
    const problem = servicesProblem(chosen);
    showServicesProblem(problem);
    // Without the contact center the trial has none of its licenses (omitted, a server gives 25 of each).
    const withLicenses = chosen.includes('contact_center');
    const quantityProblems = licenses.map((line) =>
      withLicenses ? quantityProblem(line.input.value) : undefined,
    );
    for (const [index, line] of licenses.entries()) showQuantityProblem(line, quantityProblems[index]);
    const wrongQuantity = licenses.find((_, index) => quantityProblems[index]);
    if (problem) {
      // Into the group, on its first box: the keyboard is where the fix is, the reader hears why.
      services[0]?.box.focus();
      return;
    }
    if (wrongQuantity) return wrongQuantity.input.focus();
    const body: StartTrialRequest = {
      customerName: name.value.trim(),
      customerAdminEmail: email.value.trim(),
      country: country.value,
      trialDays: Number(days.value),
      services: chosen,
      ccai: ccai.checked,
      licenses: withLicenses
        ? licenses.map(({ license, input }) => ({ license, quantity: Number(input.value.trim()) }))
        : [],
    };
    submit.disabled = true;
    void context.track(call(context.client.trials.start(body))).then((result) => {
      if (!context.isCurrent()) return;
      submit.disabled = false;
      if (result.problem)
        return showAlert(
          message,
          t('trial.failed', {
            problem: describeProblem(result.problem, t, {
              customerName: t('trial.name'),
              customerAdminEmail: t('trial.email'),
              country: t('trial.country'),
            }),
          }),
        );
      const trial = result.data;
      // The customer's name and e-mail are the user's text: isolated, so they cannot reorder the sentence.
      const started = sentence(t, 'trial.started', {
        id: trial.id,
        name: trial.customerName,
        end: formatDay(trial.endDate, context.lang),
        email: trial.customerAdminEmail,
      });
      const startedLine = h('p', { id: 'trial-started', tabindex: '-1' }, started);
      form.replaceWith(
        h(
          'div',
          { class: 'card' },
          startedLine,
          h('onramp-setup-prompt', {
            kind: 'trial',
            'org-id': trial.customerOrgId,
            theme: context.settings.theme,
          }),
        ),
      );
      // The form is gone: the keyboard goes on at what it did.
      startedLine.focus();
      context.remember(trial.customerOrgId);
    });
  });
  return form;
}
