import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Catalogue, loadCatalogue, type TranslatedLocale } from './catalogue.js';
import { allCatalogues, loadMessages } from './catalogues/index.js';
import en from './locales/en/index.js';
import he from './locales/he/index.js';
import ro from './locales/ro/index.js';
import ru from './locales/ru/index.js';
import { plural } from './plural.js';
import { directionOf, matchLocale } from './registry.js';
import type { Messages } from './types.js';

const translations: Array<[string, Messages]> = [
  ['ru', ru],
  ['ro', ro],
  ['he', he],
];
/** Product names and pure formats read the same in every language. */
const sameInEveryLanguage = (key: string) =>
  /^(license|service)\./.test(key) || key === 'platform.1.0' || key === 'wizard.licenseQuantity';
const render = (message: unknown) =>
  typeof message === 'function'
    ? message({
        count: 3,
        trackingId: 'T-1',
        reference: 'R',
        current: 1,
        total: 2,
        country: 'C',
        dataCenter: 'D',
        percent: 5,
        platform: 'P',
        license: 'L',
        quantity: 3,
      })
    : message;

const translated: TranslatedLocale[] = ['ru', 'ro', 'he'];
const areaLocales = allCatalogues.flatMap((catalogue) =>
  translated.map((locale) => [catalogue.area, locale, catalogue] as [string, TranslatedLocale, Catalogue]),
);

describe('message catalogues', () => {
  it.each(translations)('%s has exactly the English keys', (_locale, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(areaLocales)(
    'area %s in %s has exactly the English keys of the area',
    async (_area, locale, catalogue) => {
      const messages = await loadCatalogue(catalogue, locale);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(catalogue.en).sort());
    },
  );

  it('the areas are the whole catalogue, and no key is in two areas', () => {
    const keys = allCatalogues.flatMap((catalogue) => Object.keys(catalogue.en));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
    expect(keys.sort()).toEqual(Object.keys(en).sort());
  });

  it('loadMessages gives every area of a locale', async () => {
    expect(await loadMessages('ru')).toEqual(ru);
    expect(await loadMessages('en')).toEqual(en);
  });

  it.each(translations)(
    '%s translates: no empty message and no message left in English',
    (_locale, messages) => {
      for (const key of Object.keys(en) as Array<keyof Messages>) {
        const text = render(messages[key]);
        expect(text, key).toMatch(/\S/);
        if (!sameInEveryLanguage(key)) expect(text, `${key} is still English`).not.toBe(render(en[key]));
      }
    },
  );

  it.each(translations)('%s keeps every placeholder value in the text', (_locale, messages) => {
    expect(render(messages['common.errorWithTracking'])).toContain('T-1');
  });
});

describe('plural', () => {
  it.each([
    ['ru', 1, 'Остался 1 день'],
    ['ru', 3, 'Осталось 3 дня'],
    ['ru', 5, 'Осталось 5 дней'],
    ['ru', 21, 'Остался 21 день'],
    ['ro', 1, 'A mai rămas 1 zi'],
    ['ro', 2, 'Au mai rămas 2 zile'],
    ['ro', 20, 'Au mai rămas 20 de zile'],
    ['he', 1, 'נותר יום אחד'],
    ['he', 2, 'נותרו יומיים'],
    ['he', 7, 'נותרו 7 ימים'],
    ['en', 1, '1 day left'],
    ['en', 1000, '1,000 days left'],
  ] as const)('%s %i → %s', async (locale, count, expected) => {
    const messages = await loadMessages(locale);
    expect(messages['trial.daysLeft']({ count })).toBe(expected);
  });

  it('falls back to `other` when a form is missing', () => {
    expect(plural('ru', 5, { other: '# шт.' })).toBe('5 шт.');
  });
});

describe('locale matching and direction', () => {
  it.each([
    ['he-IL', 'he'],
    ['RU', 'ru'],
    ['ro_RO', 'ro'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ] as const)('%s → %s', (tag, locale) => {
    expect(matchLocale(tag)).toBe(locale);
  });

  it('only Hebrew is right-to-left', () => {
    expect(['en', 'ru', 'ro', 'he'].map(directionOf)).toEqual(['ltr', 'ltr', 'ltr', 'rtl']);
  });
});

/**
 * A component shows only the messages of the catalogues it lists in `static catalogues` (plus the
 * common one; decisions/0011), and `t` throws on any other key. This reads each widget entry's
 * sources (following its relative imports) and checks that every message key it names, and every
 * key family it builds (`panel.explain.${status}`), is in one of its catalogues.
 */
describe('every widget entry lists the catalogues of the messages it uses', () => {
  const src = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const areaOf = new Map(
    allCatalogues.flatMap((c) => Object.keys(c.en).map((key) => [key, c.area] as const)),
  );
  const entries = readdirSync(src, { withFileTypes: true })
    .filter((dir) => dir.isDirectory())
    .flatMap((dir) =>
      readdirSync(resolve(src, dir.name))
        .filter((file) => /^onramp-.*\.ts$/.test(file))
        .map((file) => `${dir.name}/${file}`),
    );

  /** The entry's source files: relative runtime imports, transitively (catalogue data excepted). */
  function sources(entry: string): Map<string, string> {
    const seen = new Map<string, string>();
    const queue = [resolve(src, entry)];
    while (queue.length) {
      const file = queue.pop() as string;
      if (seen.has(file) || /i18n\/(locales|catalogues)\//.test(file)) continue;
      const text = readFileSync(file, 'utf8');
      seen.set(file, text);
      for (const [, path] of text.matchAll(/^import (?!type )[^;]*?from '(\.{1,2}\/[^']+)\.js';/gms))
        queue.push(resolve(dirname(file), `${path}.ts`));
    }
    return seen;
  }

  it('finds the six widget entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(6);
  });

  it.each(entries)('%s', (entry) => {
    const files = sources(entry);
    const areas = new Set(['common']);
    for (const text of files.values())
      for (const [, list] of text.matchAll(/static override catalogues = \[([^\]]*)\]/g))
        for (const name of (list ?? '')
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean)) {
          const catalogue = allCatalogues.find(
            (c) => `${c.area.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Catalogue` === name,
          );
          expect(catalogue, `${name} in ${entry}`).toBeDefined();
          areas.add(catalogue?.area ?? '');
        }
    const missing: string[] = [];
    for (const [file, text] of files) {
      const where = file.slice(src.length + 1);
      for (const [, key = ''] of text.matchAll(/'([a-zA-Z]+\.[\w.]+)'/g)) {
        const area = areaOf.get(key);
        if (area && !areas.has(area)) missing.push(`${where}: '${key}' (${area})`);
      }
      for (const [, prefix = ''] of text.matchAll(/`([a-zA-Z]+\.[\w.]*)\$\{/g)) {
        const family = [...areaOf].filter(([key]) => key.startsWith(prefix));
        if (family.length && !family.some(([, area]) => areas.has(area)))
          missing.push(`${where}: \`${prefix}…\` (${[...new Set(family.map(([, a]) => a))].join(', ')})`);
      }
    }
    expect(missing, `areas loaded: ${[...areas].join(', ')}`).toEqual([]);
  });
});

/**
 * The other half of the check above: every key an area ships is used by some component (named, or
 * in a key family it builds), so no widget pays for a message that nothing shows.
 */
describe('every message is used', () => {
  it('no area holds a key that no component source names', () => {
    const src = resolve(dirname(fileURLToPath(import.meta.url)), '..');
    const files = (readdirSync(src, { recursive: true }) as string[]).filter(
      (file) =>
        file.endsWith('.ts') &&
        !/\.(test|test-d|stories)\.ts$/.test(file) &&
        !/^i18n[\\/](locales|catalogues)[\\/]/.test(file),
    );
    const text = files.map((file) => readFileSync(resolve(src, file), 'utf8')).join('\n');
    const families = [...text.matchAll(/`([a-zA-Z]+\.[\w.]*)\$\{/g)].map(([, prefix = '']) => prefix);
    const unused = allCatalogues
      .flatMap((catalogue) => Object.keys(catalogue.en).map((key) => `${catalogue.area}: ${key}`))
      .filter((entry) => {
        const key = entry.slice(entry.indexOf(': ') + 2);
        return !text.includes(`'${key}'`) && !families.some((prefix) => key.startsWith(prefix));
      });
    expect(unused).toEqual([]);
  });
});

describe('the Romanian register (issue 21)', () => {
  /** Second-person singular imperatives (the familiar "tu"): the widgets address the reader formally. */
  const FAMILIAR =
    /(^|[.:!?]\s+)(Asociază|Configurează|Înrolează|Integrează|Aprobă|Respinge|Salvează|Alege|Introdu|Trimite|Retrimite|Încearcă|Adaugă|Elimină|Caută|Descarcă|Închide|Deschide|Continuă|Confirmă|Importă|Aplică|Verifică|Anulează|Schimbă)(?!\p{L})/u;
  it('says "dumneavoastră" everywhere (Integrați, Salvați), and "angro", not "wholesale"', () => {
    const texts = Object.entries(ro).map(([key, message]) => [
      key,
      typeof message === 'function'
        ? String((message as (p: unknown) => string)(new Proxy({}, { get: () => 1 })))
        : message,
    ]);
    expect(texts.filter(([, text]) => FAMILIAR.test(String(text))).map(([key]) => key)).toEqual([]);
    expect(texts.filter(([, text]) => /wholesale/i.test(String(text))).map(([key]) => key)).toEqual([]);
  });
});
