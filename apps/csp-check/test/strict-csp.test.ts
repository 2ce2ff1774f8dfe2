// The production build of the widgets (apps/csp-check/dist, built by `vite build` from the widgets'
// dist) served with a strict Content-Security-Policy, in real Chromium: every widget renders and
// works, and the browser reports no CSP violation. The last test proves the detection itself: an
// inline script and a style attribute on the same page are blocked and reported.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findBrowser } from '@onramp/devkit/browser';
import { BROWSER_TEST_MS, HOOK_MS, WAIT_MS } from '@onramp/devkit/waits';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP, startServer } from '../serve.mjs';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(`${dist}/index.html`))
    throw new Error(
      'apps/csp-check/dist is missing: run `pnpm turbo run build --filter=@onramp/csp-check` first',
    );
  server = await startServer({ root: dist });
  const found = findBrowser();
  if (!found) throw new Error('no Chromium found');
  browser = await chromium.launch({ executablePath: found.path, args: [...CHROMIUM_ARGS] });
}, HOOK_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Opens the page with every way a CSP problem can show recorded: events, console, errors, requests. */
interface Problems {
  violations: Violation[];
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
}

async function open(): Promise<{ page: Page; problems: () => Promise<Problems> }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(WAIT_MS);
  // Runs before the page's own scripts (injected by the browser, so the page's CSP does not apply).
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    Object.assign(window, { __cspViolations: seen });
    window.addEventListener(
      'securitypolicyviolation',
      (event) =>
        seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample }),
      true,
    );
  });
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text()))
      consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.url) && !url.startsWith('data:')) foreignRequests.push(url);
  });
  const response = await page.goto(server.url);
  expect(response?.headers()['content-security-policy']).toBe(CSP);
  await expect.poll(() => page.locator('#status').textContent(), { timeout: WAIT_MS }).toBe('Ready');
  return {
    page,
    problems: async () => ({
      violations: await page.evaluate(
        () => (window as unknown as { __cspViolations: Violation[] }).__cspViolations,
      ),
      consoleErrors: [...consoleErrors],
      pageErrors: [...pageErrors],
      foreignRequests: [...foreignRequests],
    }),
  };
}

const noProblems: Problems = { violations: [], consoleErrors: [], pageErrors: [], foreignRequests: [] };
const eventLog = (page: Page) => page.locator('#events li').allTextContents();

describe('the widgets under a strict CSP (no unsafe-inline, no unsafe-eval)', () => {
  it('serves the policy as specified: nothing inline or eval allowed, same origin only', () => {
    expect(CSP).not.toMatch(/unsafe-|\*|nonce|sha256/);
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).toContain("style-src 'self'");
  });

  it(
    'every widget renders and works, and the browser reports no violation',
    async () => {
      const { page, problems } = await open();

      // Status badge: rendered, then re-rendered by a property change from the page.
      await expect
        .poll(() => page.locator('#badge').getAttribute('tone'), { timeout: WAIT_MS })
        .toBe('success');
      expect(await page.locator('#badge').textContent()).toBe('Ready');

      // Rendering alone must not violate the policy (checked here so a violation reads as one).
      await page.locator('onramp-role-editor [part="row"]').first().waitFor({ timeout: WAIT_MS });
      expect(await problems()).toEqual(noProblems);

      // Role editor: the windowed rows are placed through the CSSOM (distinct offsets), and a role change works.
      await page.locator('onramp-role-editor button.name', { hasText: 'Anna Schmidt' }).click();
      const tops = await page
        .locator('onramp-role-editor [part="row"]')
        .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).offsetTop));
      expect(tops.length).toBeGreaterThan(5);
      expect(new Set(tops).size).toBe(tops.length);
      await page.locator('onramp-role-editor #role-full_admin').check();
      await page.locator('onramp-role-editor button', { hasText: 'Change role' }).click();
      await page.locator('onramp-role-editor button', { hasText: /^Apply$/ }).click();
      await expect
        .poll(() => eventLog(page), { timeout: WAIT_MS })
        .toContainEqual(expect.stringMatching(/^onramp-role-change: .+ none → full_admin$/));
      await page.locator('onramp-role-editor button', { hasText: /^Close$/ }).click();

      // Setup prompt → wizard, walked to provisioning (its progress bar is sized through the CSSOM too).
      await page.locator('onramp-setup-prompt button', { hasText: 'Yes' }).click();
      await expect
        .poll(() => eventLog(page), { timeout: WAIT_MS })
        .toContainEqual(expect.stringMatching(/^onramp-setup-requested: /));
      await page.locator('onramp-setup-wizard #step-heading').waitFor({ timeout: WAIT_MS });
      await walkWizardToProvisioning(page);
      await expect
        .poll(() => eventLog(page), { timeout: WAIT_MS })
        .toContainEqual(expect.stringMatching(/^onramp-setup-step-change: /));
      await expect
        .poll(
          () =>
            page
              .locator('onramp-setup-wizard [part="progress-bar"]')
              .evaluate((bar) => (bar as HTMLElement).style.inlineSize),
          { timeout: WAIT_MS },
        )
        .toMatch(/^\d+%$/);

      // Customer onboarding → the subscription panel follows the new customer as the mock clock moves.
      const field = (id: string) => page.locator(`onramp-customer-onboarding #${id}`);
      await field('customerInfo-name').fill('Strict Policy Bakery');
      await field('customerInfo-primaryEmail').fill('owner@strict.example.com');
      await field('externalId').fill('ext-strict');
      await field('provisioningId').fill('prov-1');
      await field('address-addressLine1').fill('1 Main St');
      await field('address-city').fill('Berlin');
      await field('address-country').selectOption('DE');
      await field('address-zipOrPostalCode').fill('10115');
      await field('qty-webex_suite').fill('25');
      await page.locator('onramp-customer-onboarding button', { hasText: 'Onboard customer' }).click();
      await expect
        .poll(() => eventLog(page), { timeout: WAIT_MS })
        .toContainEqual(expect.stringMatching(/^onramp-customer-accepted: /));
      await expect
        .poll(() => page.locator('onramp-subscription-panel #customer-status').textContent(), {
          timeout: WAIT_MS,
        })
        .toBe('Provisioning');
      await page.locator('#advance').click();
      await expect
        .poll(() => page.locator('onramp-subscription-panel #customer-status').textContent(), {
          timeout: WAIT_MS,
        })
        .toBe('Provisioned');
      await expect
        .poll(() => eventLog(page), { timeout: WAIT_MS })
        .toContain('onramp-subscription-status-change: provisioning → provisioned');
      expect(await page.locator('#badge').textContent()).toBe('provisioned');
      // The same clock finished the wizard's provisioning.
      await expect
        .poll(() => page.locator('onramp-setup-wizard [role="progressbar"]').count(), { timeout: WAIT_MS })
        .toBe(0);

      // Another language: the locale chunk is a separate script file, loaded under script-src 'self'.
      const english = await page.locator('onramp-role-editor #title').textContent();
      await page.evaluate(() => document.documentElement.setAttribute('lang', 'he'));
      await expect
        .poll(() => page.locator('onramp-role-editor [part="base"]').getAttribute('dir'), {
          timeout: WAIT_MS,
        })
        .toBe('rtl');
      expect(await page.locator('onramp-role-editor #title').textContent()).not.toBe(english);

      expect(await problems()).toEqual(noProblems);
      await page.close();
    },
    2 * BROWSER_TEST_MS,
  );

  it(
    'would fail on a violation: an inline script and a style attribute on the page are blocked and reported',
    async () => {
      const { page, problems } = await open();
      const before = await problems();
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.body.append(script);
        document.querySelector('h1')?.setAttribute('style', 'color: red');
      });
      const since = async () => {
        const now = await problems();
        return {
          violations: now.violations.slice(before.violations.length),
          consoleErrors: now.consoleErrors.slice(before.consoleErrors.length),
        };
      };
      await expect.poll(async () => (await since()).violations.length, { timeout: WAIT_MS }).toBe(2);
      expect(await page.evaluate(() => (window as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
      expect(await page.locator('h1').evaluate((h1) => getComputedStyle(h1).color)).not.toBe(
        'rgb(255, 0, 0)',
      );
      await expect.poll(async () => (await since()).consoleErrors.length, { timeout: WAIT_MS }).toBe(2);
      const found = await since();
      expect(found.violations).toEqual([
        expect.objectContaining({ directive: 'script-src-elem', blocked: 'inline' }),
        expect.objectContaining({ directive: 'style-src-attr', blocked: 'inline' }),
      ]);
      expect(found.consoleErrors.every((text) => /Content Security Policy/.test(text))).toBe(true);
      // What the main test compares with noProblems now differs from it.
      expect(await problems()).not.toEqual(noProblems);
      await page.close();
    },
    BROWSER_TEST_MS,
  );
});

/** Presses each step's primary action (confirming the country dialog, picking telephony) until provisioning shows. */
async function walkWizardToProvisioning(page: Page) {
  for (let guard = 0; guard < 20; guard++) {
    const state = await page.locator('onramp-setup-wizard').evaluate(async (wizard, wait) => {
      const root = wizard.shadowRoot!;
      const deadline = Date.now() + wait;
      while (Date.now() < deadline && [...root.querySelectorAll('button')].some((b) => b.disabled))
        await new Promise((resolve) => setTimeout(resolve, 10));
      if (root.querySelector('[role="progressbar"]')) return 'provisioning';
      const telephony = [...root.querySelectorAll<HTMLInputElement>('input[name="telephony"]')];
      if (telephony.length && !telephony.some((radio) => radio.checked)) telephony[0]!.click();
      return root.querySelector('[part="steps"] [aria-current="step"]')?.textContent?.trim() ?? '';
    }, WAIT_MS);
    if (state === 'provisioning') return;
    await page.locator('onramp-setup-wizard [part="base"] button[part~="primary"]').first().click();
    const dialog = page.locator('onramp-setup-wizard dialog[open]');
    await expect
      .poll(
        async () =>
          (await dialog.count()) > 0 ||
          (
            await page.locator('onramp-setup-wizard [part="steps"] [aria-current="step"]').textContent()
          )?.trim() !== state ||
          (await page.locator('onramp-setup-wizard [role="progressbar"]').count()) > 0,
        { timeout: WAIT_MS },
      )
      .toBe(true);
    if ((await dialog.count()) > 0) await dialog.locator('button[part~="primary"]').click();
  }
  throw new Error('the wizard did not reach provisioning in 20 steps');
}
