import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import './onramp-status-badge.js';

async function mount(markup: string) {
  document.body.innerHTML = markup;
  const badge = document.querySelector('onramp-status-badge')!;
  await badge.updateComplete;
  return badge;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<onramp-status-badge> in Chromium', () => {
  it('is a real custom element with an open shadow root', async () => {
    const badge = await mount('<onramp-status-badge tone="success">Provisioned</onramp-status-badge>');
    expect(badge).toBeInstanceOf(customElements.get('onramp-status-badge')!);
    expect(badge.shadowRoot?.querySelector('[part="base"]')).not.toBeNull();
    expect(badge.textContent).toBe('Provisioned');
  });

  it('paints each tone with a different colour, themeable through custom properties', async () => {
    const badge = await mount('<onramp-status-badge tone="danger">Error</onramp-status-badge>');
    const base = badge.shadowRoot!.querySelector('[part="base"]')!;
    const danger = getComputedStyle(base).backgroundColor;
    badge.tone = 'success';
    await badge.updateComplete;
    expect(getComputedStyle(base).backgroundColor).not.toBe(danger);

    badge.style.setProperty('--onramp-status-success-background', 'rgb(1, 2, 3)');
    expect(getComputedStyle(base).backgroundColor).toBe('rgb(1, 2, 3)');
  });

  it('falls back to the neutral tone for an unknown value', async () => {
    const badge = await mount('<onramp-status-badge tone="bogus">?</onramp-status-badge>');
    expect(badge.getAttribute('tone')).toBe('neutral');
  });

  it('has no accessibility violations', async () => {
    await mount('<main><onramp-status-badge tone="warning">Pending review</onramp-status-badge></main>');
    await expectNoAxeViolations();
  });
});
