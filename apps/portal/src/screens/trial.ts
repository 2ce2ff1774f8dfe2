import '@onramp/widgets/setup-prompt.js';
import type { CatalogCountry, StartTrialRequest } from '@onramp/contract';
import { call, describeProblem } from '../api.js';
import type { ScreenContext } from '../context.js';
import { countryOptions, loadCountries } from '../countries.js';
import { formatDay } from '../dates.js';
import { alertLine, field, h, select } from '../dom.js';
import { servicesProblem } from '../trial-form.js';
import { partnerOnlyNotice } from './partner-only.js';

const TRIAL_DAYS = [30, 60, 90];
/** Preselected when the catalogue has it (the partner's home market); otherwise the first country. */
const DEFAULT_COUNTRY = 'US';

/** Start a trial: `POST /trials`, then the setup prompt (Yes opens the wizard). Partner actors only. */
export function renderTrial(into: HTMLElement, context: ScreenContext) {
  const { t } = context;
  into.append(h('h1', {}, t('trial.title')), h('p', { class: 'lead' }, t('trial.lead')));
  if (partnerOnlyNotice(into, context, 'trial.partnerOnly')) return;
  // The country dropdown offers the server's countries of operation: the form waits for them.
  const body = h('div', {}, h('p', { role: 'status' }, t('trial.loading')));
  into.append(body);
  void context.track(loadCountries(context.client)).then((answer) => {
    if (!context.isCurrent()) return;
    if (answer.problem)
      return body.replaceChildren(
        alertLine(t('trial.countriesFailed', { problem: describeProblem(answer.problem, t) })),
      );
    body.replaceChildren(trialForm(answer.countries, context));
  });
}

function trialForm(countries: CatalogCountry[], context: ScreenContext) {
  const { t } = context;
  const name = h('input', { name: 'customerName', required: true, autocomplete: 'organization' });
  const email = h('input', {
    name: 'customerAdminEmail',
    type: 'email',
    required: true,
    autocomplete: 'email',
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
    if (problem) {
      // Into the group, on its first box: the keyboard is where the fix is, the reader hears why.
      services[0]?.box.focus();
      return;
    }
    const body: StartTrialRequest = {
      customerName: name.value.trim(),
      customerAdminEmail: email.value.trim(),
      country: country.value,
      trialDays: Number(days.value),
      services: chosen,
      ccai: ccai.checked,
    };
    submit.disabled = true;
    void context.track(call(() => context.client.raw.POST('/trials', { body }))).then((result) => {
      if (!context.isCurrent()) return;
      submit.disabled = false;
      if (result.problem)
        return message.replaceChildren(
          alertLine(t('trial.failed', { problem: describeProblem(result.problem, t) })),
        );
      const trial = result.data;
      const started = t('trial.started', {
        id: trial.id,
        name: trial.customerName,
        end: formatDay(trial.endDate, context.lang),
        email: trial.customerAdminEmail,
      });
      form.replaceWith(
        h(
          'div',
          { class: 'card' },
          h('p', {}, started),
          h('onramp-setup-prompt', {
            kind: 'trial',
            'org-id': trial.customerOrgId,
            theme: context.settings.theme,
          }),
        ),
      );
      context.remember(trial.customerOrgId);
    });
  });
  return form;
}
