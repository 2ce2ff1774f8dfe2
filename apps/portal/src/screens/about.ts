import '@onramp/widgets/status-badge.js';
import type { ScreenContext } from '../context.js';
import { h, table } from '../dom.js';
import { packageRows, workspacePackages } from '../packages.js';

/** The kit's packages and how far each has come (developer notes: kept in English). */
export function renderAbout(into: HTMLElement, { t }: ScreenContext) {
  into.append(
    h('h1', { tabindex: '-1' }, t('about.title')),
    h('p', { class: 'lead' }, t('about.lead')),
    table(
      'packages',
      t('about.caption'),
      [t('about.colPackage'), t('about.colWhat'), t('about.colStatus')],
      packageRows(workspacePackages()).map((pkg) =>
        h(
          'tr',
          { lang: 'en', dir: 'ltr' },
          h('td', {}, h('code', {}, pkg.name)),
          h('td', {}, pkg.description),
          h('td', {}, h('onramp-status-badge', { tone: pkg.tone }, pkg.status)),
        ),
      ),
    ),
  );
}
