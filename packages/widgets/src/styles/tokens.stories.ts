import { expect, type Meta, type StoryObj, waitFor } from '@onramp/story-kit';
import '../setup-prompt/onramp-setup-prompt.js';
import { tokenStyles } from './tokens.js';

/**
 * The design language's public tokens (decision 0065): each with the value it takes in the light,
 * dark and high-contrast themes, read from a live widget in each theme, and a sample of it.
 */
const THEMES = ['light', 'dark', 'high-contrast'] as const;

/** `--onramp-*` token → the private copy components read, in the order the tokens declare them. */
function publicTokens(): Array<{ name: string; copy: string }> {
  const found = new Map<string, string>();
  for (const [, copy, name] of tokenStyles.cssText.matchAll(/(--_[\w-]+):\s*var\((--onramp-[\w-]+)/g))
    if (copy && name && !found.has(name)) found.set(name, copy);
  return [...found].map(([name, copy]) => ({ name, copy }));
}

function sample(name: string, value: string): HTMLElement {
  const swatch = document.createElement('span');
  swatch.setAttribute('aria-hidden', 'true');
  swatch.style.display = 'inline-block';
  swatch.style.blockSize = '1.25rem';
  swatch.style.border = '1px solid #767676';
  if (name.includes('color')) {
    swatch.style.inlineSize = '2.5rem';
    swatch.style.background = value;
  } else if (/space|field-width|radius|border-width|focus-width|target-size/.test(name)) {
    swatch.style.inlineSize = `min(${value}, 16rem)`;
    swatch.style.background = '#0a5cb8';
  } else if (name.includes('elevation')) {
    swatch.style.inlineSize = '2.5rem';
    swatch.style.boxShadow = value;
  } else swatch.style.display = 'none';
  return swatch;
}

function tokensPage(): HTMLElement {
  const page = document.createElement('div');
  // One live widget per theme: each token is read as that theme resolves it.
  const probes = THEMES.map((theme) => {
    const probe = document.createElement('onramp-setup-prompt');
    probe.setAttribute('theme', theme);
    probe.hidden = true;
    page.append(probe);
    return probe;
  });
  const table = document.createElement('table');
  table.style.borderCollapse = 'collapse';
  table.style.font = '0.875rem system-ui, sans-serif';
  const caption = table.createCaption();
  caption.textContent = 'Public tokens of the design language, by theme';
  const head = table.createTHead().insertRow();
  for (const label of ['token', ...THEMES]) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = label;
    th.style.textAlign = 'start';
    th.style.padding = '0.25rem 0.75rem';
    head.append(th);
  }
  const body = table.createTBody();
  requestAnimationFrame(() => {
    for (const { name, copy } of publicTokens()) {
      const row = body.insertRow();
      const th = document.createElement('th');
      th.scope = 'row';
      th.style.textAlign = 'start';
      th.style.padding = '0.25rem 0.75rem';
      const code = document.createElement('code');
      code.textContent = name;
      th.append(code);
      row.append(th);
      for (const probe of probes) {
        const value = getComputedStyle(probe).getPropertyValue(copy).trim();
        const cell = row.insertCell();
        cell.style.padding = '0.25rem 0.75rem';
        const text = document.createElement('code');
        text.textContent = value;
        text.style.marginInlineEnd = '0.5rem';
        cell.append(text, sample(name, value));
      }
    }
  });
  page.append(table);
  return page;
}

const meta = {
  title: 'Design language/Tokens',
  render: () => tokensPage(),
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Every public token, its value in each theme, and a swatch or a bar of it. */
export const Tokens: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('tbody tr').length).toBeGreaterThan(30));
    const accent = [...canvasElement.querySelectorAll('tbody tr')].find(
      (row) => row.querySelector('th')?.textContent === '--onramp-color-accent',
    );
    const [light, dark, contrast] = [...(accent?.querySelectorAll('td') ?? [])].map((cell) =>
      cell.textContent?.trim(),
    );
    await expect(new Set([light, dark, contrast]).size).toBe(3);
  },
};
