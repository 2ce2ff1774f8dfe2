/**
 * Languages a wholesale customer may be given (`customerInfo.language`, the calling location's
 * `language`), as the wholesale API writes them: `{ISO-639-1}_{ISO-3166}` in lower case (`en_us`).
 * The seed names no list; these are the languages Webex offers for its sites, e-mails and voice
 * prompts that the kit knows of (decisions/0049). The forms offer only these; the mock does not
 * refuse others (decisions/0030: the real API takes any code of that shape).
 */
export const WHOLESALE_LANGUAGES: readonly string[] = [
  'cs_cz',
  'da_dk',
  'de_de',
  'en_au',
  'en_gb',
  'en_us',
  'es_es',
  'es_mx',
  'fi_fi',
  'fr_ca',
  'fr_fr',
  'hu_hu',
  'it_it',
  'ja_jp',
  'ko_kr',
  'nb_no',
  'nl_nl',
  'pl_pl',
  'pt_br',
  'pt_pt',
  'ro_ro',
  'ru_ru',
  'sv_se',
  'tr_tr',
  'zh_cn',
  'zh_tw',
];

/** A wholesale language code as a BCP 47 tag (`en_us` → `en-US`), to name it with `Intl.DisplayNames`. */
export function languageTag(code: string): string {
  const [language = '', region] = code.split('_');
  return region ? `${language.toLowerCase()}-${region.toUpperCase()}` : language.toLowerCase();
}
