import type { ScreenContext } from '../context.js';
import { alertLine, field, h } from '../dom.js';
import { isHttpUrl, STANDALONE_MOCK_URL } from '../settings.js';

/** Where the portal sends its requests: the mock in this page, or any other base URL. */
export function renderSettings(into: HTMLElement, context: ScreenContext) {
  const { t, settings } = context;
  const radio = (value: 'worker' | 'url') =>
    h('input', { type: 'radio', name: 'backend', value, checked: settings.backend === value });
  const worker = radio('worker');
  const url = radio('url');
  const baseUrlInput = h('input', { name: 'baseUrl', type: 'url', value: settings.baseUrl, id: 'base-url' });
  const message = h('div', {});
  const [before, after] = t('settings.worker').split('{url}');
  const form = h(
    'form',
    { class: 'card form', id: 'settings-form' },
    h(
      'fieldset',
      {},
      h('legend', {}, t('settings.where')),
      h('label', { class: 'check' }, worker, before, h('code', {}, context.inPageBaseUrl), after),
      h('label', { class: 'check' }, url, t('settings.url')),
      field(t('settings.baseUrl'), baseUrlInput, t('settings.hint', { url: STANDALONE_MOCK_URL })),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('settings.save'))),
    message,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const backend = url.checked ? 'url' : 'worker';
    const value = baseUrlInput.value.trim().replace(/\/+$/, '');
    if (backend === 'url' && !isHttpUrl(value)) {
      message.replaceChildren(alertLine(t('settings.invalidUrl')));
      return;
    }
    const changed = backend !== settings.backend || (backend === 'url' && value !== settings.baseUrl);
    context.saveSettings({ backend, baseUrl: backend === 'url' ? value : settings.baseUrl });
    if (!changed) return message.replaceChildren(h('p', { role: 'status' }, t('settings.saved')));
    context.onBackendChange(context.settings);
  });
  into.append(h('h1', { tabindex: '-1' }, t('settings.title')), form);
}
