import '@onramp/widgets/setup-prompt.js';
import type { StartTrialRequest } from '@onramp/contract';
import { call, describeProblem } from '../api.js';
import type { ScreenContext } from '../context.js';
import { alertLine, field, h, select } from '../dom.js';
import { TRIAL_COUNTRIES } from './labels.js';

const TRIAL_DAYS = [30, 60, 90];

/** Start a trial: `POST /trials`, then the setup prompt (Yes opens the wizard). */
export function renderTrial(into: HTMLElement, context: ScreenContext) {
  const { t } = context;
  const name = h('input', { name: 'customerName', required: true, autocomplete: 'organization' });
  const email = h('input', {
    name: 'customerAdminEmail',
    type: 'email',
    required: true,
    autocomplete: 'email',
  });
  const country = select(
    { name: 'country' },
    TRIAL_COUNTRIES.map((code) => [code, context.countryName(code)]),
    'US',
  );
  const days = select(
    { name: 'trialDays' },
    TRIAL_DAYS.map((count) => [String(count), t('trial.days', { count })]),
  );
  const services = (['contact_center', 'calling'] as const).map((service) => {
    const box = h('input', { type: 'checkbox', name: 'services', value: service, checked: true });
    return { service, box, label: h('label', { class: 'check' }, box, t(`service.${service}`)) };
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
    h(
      'fieldset',
      {},
      h('legend', {}, t('trial.services')),
      services.map((s) => s.label),
    ),
    h('label', { class: 'check' }, ccai, t('trial.ccai')),
    h('div', { class: 'actions' }, submit),
    message,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    const body: StartTrialRequest = {
      customerName: name.value.trim(),
      customerAdminEmail: email.value.trim(),
      country: country.value,
      trialDays: Number(days.value),
      services: services.filter((s) => s.box.checked).map((s) => s.service),
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
        end: trial.endDate,
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
  into.append(h('h1', {}, t('trial.title')), h('p', { class: 'lead' }, t('trial.lead')), form);
}
