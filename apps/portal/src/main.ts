import '@onramp/widgets/status-badge.js';
import { packageStatuses } from './packages.js';

const body = document.querySelector<HTMLTableSectionElement>('#packages tbody')!;
for (const pkg of packageStatuses) {
  const row = body.insertRow();
  const name = document.createElement('code');
  name.textContent = pkg.name;
  row.insertCell().append(name);
  row.insertCell().textContent = pkg.summary;
  const badge = document.createElement('onramp-status-badge');
  badge.tone = pkg.tone;
  badge.textContent = pkg.status;
  row.insertCell().append(badge);
}
