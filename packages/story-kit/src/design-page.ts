import { WAIT_MS } from '@onramp/devkit/waits';
import { expect, waitFor } from 'storybook/test';

/** The themes, languages, densities and widths a designer reviews a widget in (issue 22). */
export const DESIGN_THEMES = ['light', 'dark', 'high-contrast'] as const;
export const DESIGN_LOCALES = ['en', 'he'] as const;
export const DESIGN_DENSITIES = ['comfortable', 'compact'] as const;
export const DESIGN_WIDTHS = [375, 1280] as const;

/** What the page behind each theme looks like, so its captions and the widget read as in a portal. */
const PAGE: Record<(typeof DESIGN_THEMES)[number], { background: string; color: string }> = {
  light: { background: '#ffffff', color: '#1b2330' },
  dark: { background: '#0d1117', color: '#e8edf3' },
  'high-contrast': { background: '#000000', color: '#ffffff' },
};

/**
 * A design page: the widget `make` creates, in every theme × language × density, at a phone's and
 * a desktop's width side by side (scroll sideways for the desktop). Each copy sets its own `theme`,
 * `density`, `lang` and `dir`, whatever the toolbar says, so one page shows them all.
 */
export function designPage(make: () => HTMLElement): HTMLElement {
  const page = document.createElement('div');
  page.setAttribute('data-design-page', '');
  for (const theme of DESIGN_THEMES) {
    const section = document.createElement('section');
    section.setAttribute('aria-label', theme);
    Object.assign(section.style, { ...PAGE[theme], padding: '1rem' });
    for (const density of DESIGN_DENSITIES)
      for (const lang of DESIGN_LOCALES) {
        const row = document.createElement('div');
        Object.assign(row.style, { display: 'flex', gap: '2rem', alignItems: 'start', overflowX: 'auto' });
        for (const width of DESIGN_WIDTHS) {
          const figure = document.createElement('figure');
          Object.assign(figure.style, {
            margin: '0 0 2rem',
            flex: `0 0 ${width}px`,
            inlineSize: `${width}px`,
          });
          const caption = document.createElement('figcaption');
          caption.textContent = `${theme} · ${lang} · ${density} · ${width} px`;
          Object.assign(caption.style, {
            font: '600 0.8125rem system-ui, sans-serif',
            marginBlockEnd: '0.5rem',
          });
          const widget = make();
          widget.setAttribute('theme', theme);
          widget.setAttribute('density', density);
          widget.lang = lang;
          widget.dir = lang === 'he' ? 'rtl' : 'ltr';
          figure.append(caption, widget);
          row.append(figure);
        }
        section.append(row);
      }
    page.append(section);
  }
  return page;
}

/**
 * The story parameters of a design page. Its copies of one widget are landmarks of the same name on
 * one page, which a portal never shows (axe's `landmark-unique`); every other rule stays on. The
 * page-level rules are the preview's (apps/storybook/.storybook/preview.ts), repeated because a
 * story's list replaces the preview's.
 */
export const designPageParameters = {
  layout: 'fullscreen',
  a11y: {
    config: {
      rules: [
        'page-has-heading-one',
        'landmark-one-main',
        'region',
        'document-title',
        'html-has-lang',
        'landmark-unique',
      ].map((id) => ({ id, enabled: false })),
    },
  },
};

/** The play function of a design page: every copy rendered, in its own theme and density. */
export async function playDesignPage({ canvasElement }: { canvasElement: HTMLElement }, tag: string) {
  const copies = () => [...canvasElement.querySelectorAll<HTMLElement>(tag)];
  const count = DESIGN_THEMES.length * DESIGN_LOCALES.length * DESIGN_DENSITIES.length * DESIGN_WIDTHS.length;
  await expect(copies()).toHaveLength(count);
  await waitFor(
    () => {
      for (const copy of copies())
        if (!copy.shadowRoot?.querySelector('[part~="base"]')) throw new Error(`<${tag}> not rendered`);
    },
    { timeout: WAIT_MS },
  );
  const compact = copies().find((copy) => copy.getAttribute('density') === 'compact')!;
  const comfortable = copies().find((copy) => copy.getAttribute('density') === 'comfortable')!;
  await expect(getComputedStyle(compact).getPropertyValue('--_density').trim()).not.toBe(
    getComputedStyle(comfortable).getPropertyValue('--_density').trim(),
  );
}
