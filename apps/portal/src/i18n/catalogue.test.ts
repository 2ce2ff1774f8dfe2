import { describe, expect, it } from 'vitest';
import { catalogues, directionOf, type Lang, languages, placeholdersOf, translator } from './index.js';

const english = catalogues.en;
const others = (Object.keys(catalogues) as Lang[]).filter((lang) => lang !== 'en');

describe('the portal catalogues', () => {
  it('offer the four languages of the widgets, Hebrew right-to-left', () => {
    expect(languages.map((l) => l.code)).toEqual(['en', 'ru', 'ro', 'he']);
    expect(languages.map((l) => directionOf(l.code))).toEqual(['ltr', 'ltr', 'ltr', 'rtl']);
  });

  it.each(others)('%s has exactly the English keys, none empty', (lang) => {
    const catalogue = catalogues[lang];
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
    expect(Object.entries(catalogue).filter(([, text]) => !text.trim())).toEqual([]);
  });

  it.each(others)('%s keeps every placeholder of the English text', (lang) => {
    const drift = Object.entries(english)
      .filter(([key, text]) => {
        const translated = catalogues[lang][key as keyof typeof english];
        return placeholdersOf(translated).join() !== placeholdersOf(text).join();
      })
      .map(([key]) => key);
    expect(drift).toEqual([]);
  });

  it.each(others)('%s translates the labels (only names and units may stay as in English)', (lang) => {
    const same = Object.entries(english)
      .filter(([key, text]) => catalogues[lang][key as keyof typeof english] === text)
      .map(([key]) => key);
    // Product names, license tiers and clock steps read the same in some languages.
    const allowed = /^(customers\.platformNew|license\.|demo\.plus|nav\.label|service\.contact_center)/;
    expect(same.filter((key) => !allowed.test(key))).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders, in the chosen language', () => {
    expect(translator('en')('trial.days', { count: 30 })).toBe('30 days');
    expect(translator('ru')('trial.days', { count: 30 })).toBe('30 дней');
    expect(translator('he')('demo.clock', { time: '10:00' })).toBe('זמן מדומה: 10:00');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(translator('en')('orders.mapOrder', {})).toBe('Map {reference}');
  });

  it('finds placeholders', () => {
    expect(placeholdersOf('Trial {id} for {name} until {end}')).toEqual(['end', 'id', 'name']);
    expect(placeholdersOf('none')).toEqual([]);
  });
});

describe('the Romanian register (issue 21)', () => {
  /** Second-person singular imperatives (the familiar "tu"): the portal, like the widgets, says "dumneavoastră". */
  const FAMILIAR =
    /(^|[.:!?]\s+)(Asociază|Configurează|Înrolează|Integrează|Aprobă|Respinge|Salvează|Alege|Introdu|Trimite|Încearcă|Adaugă|Elimină|Caută|Descarcă|Închide|Deschide|Continuă|Confirmă|Aplică|Verifică|Anulează|Schimbă|Pornește)(?!\p{L})/u;
  it('uses the formal imperative (Asociați, Configurați, Salvați) and "angro" throughout', () => {
    const familiar = Object.entries(catalogues.ro).filter(([, text]) => FAMILIAR.test(text));
    expect(familiar.map(([key]) => key)).toEqual([]);
    expect(Object.entries(catalogues.ro).filter(([, text]) => /wholesale/i.test(text))).toEqual([]);
  });
});
