import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import './onramp-setup-prompt.js';

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
});

const mount = async (markup: string) => {
  document.body.innerHTML = markup;
  const prompt = document.querySelector('onramp-setup-prompt')!;
  await prompt.updateComplete;
  return prompt;
};
const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll('button')];

describe('<onramp-setup-prompt>', () => {
  it('after a trial: asks, and Yes requests the setup of that org', async () => {
    const prompt = await mount('<onramp-setup-prompt kind="trial" org-id="org-1"></onramp-setup-prompt>');
    expect(prompt.shadowRoot!.textContent).toContain(
      'Your trial is ready. Would you like to set up services for the customer?',
    );
    const requested: string[] = [];
    prompt.addEventListener('onramp-setup-requested', (event) => requested.push(event.orgId));
    const closed: string[] = [];
    prompt.addEventListener('onramp-setup-close', (event) => closed.push(event.orgId));
    buttons(prompt)
      .find((b) => b.textContent?.trim() === 'Yes')!
      .click();
    buttons(prompt)
      .find((b) => b.textContent?.trim() === 'Not now')!
      .click();
    expect(requested).toEqual(['org-1']);
    expect(closed).toEqual(['org-1']);
    await expectNoAxeViolations(prompt);
  });

  it('after an order mapping: thanks, and Next continues into the wizard', async () => {
    const prompt = await mount('<onramp-setup-prompt kind="order" org-id="org-2"></onramp-setup-prompt>');
    expect(prompt.shadowRoot!.textContent).toContain('Thank you. Your order has been mapped correctly.');
    expect(buttons(prompt).map((b) => b.textContent?.trim())).toEqual(['Next']);
    await expectNoAxeViolations(prompt);
  });
});
