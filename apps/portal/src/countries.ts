import type { CatalogCountry } from '@onramp/contract';
import type { OnrampClient } from '@onramp/sdk';
import type { ApiProblem } from '@onramp/widgets';
import { call } from './api.js';

export type CountriesAnswer = { countries: CatalogCountry[]; problem?: undefined } | { problem: ApiProblem };

// The countries of operation come from the server's catalogue (`GET /catalog/countries`, the domain's
// data-locality table): a hand-written list here drifted from it once (Israel and Romania were offered,
// and such a trial could never pass the wizard's country step). One answer per client: the catalogue
// does not change while the portal runs, and a new actor or backend means a new client.
const answers = new WeakMap<OnrampClient, Promise<CountriesAnswer>>();

/** The countries of operation, asked once per client; a failed answer is asked again next time. */
export function loadCountries(client: OnrampClient): Promise<CountriesAnswer> {
  const known = answers.get(client);
  if (known) return known;
  const answer = call(client.catalog.countries()).then((result): CountriesAnswer => {
    if (!result.problem) return { countries: result.data };
    answers.delete(client);
    return { problem: result.problem };
  });
  answers.set(client, answer);
  return answer;
}

/**
 * The `[code, label]` options of a country dropdown: the given countries named in the portal's
 * language (`name`), sorted as that language sorts (the catalogue is sorted by English name). `keep`
 * (an order's own country) is offered even if the catalogue lacks it: an order is never shown with
 * another country than the one it was placed for.
 */
export function countryOptions(
  countries: readonly Pick<CatalogCountry, 'code'>[],
  lang: string,
  name: (code: string) => string,
  keep?: string,
): [code: string, label: string][] {
  const codes = new Set(countries.map((country) => country.code));
  if (keep !== undefined) codes.add(keep);
  const collator = new Intl.Collator(lang);
  return [...codes]
    .map((code): [string, string] => [code, name(code)])
    .sort(([, a], [, b]) => collator.compare(a, b));
}
