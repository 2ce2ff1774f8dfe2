import { type Lang, languages } from './i18n/index.js';

export { languages };

/** What the portal remembers between visits (localStorage): backend, actor, language, theme. */
export interface PortalSettings {
  /** `worker`: the mock in this page (MSW service worker); `url`: any other base URL. */
  backend: 'worker' | 'url';
  /** The base URL used when `backend` is `url`, e.g. the standalone mock `http://localhost:4010/v1`. */
  baseUrl: string;
  token: string;
  lang: Lang;
  theme: 'light' | 'dark';
}

export const STORAGE_KEY = 'onramp-portal:settings';
export const STANDALONE_MOCK_URL = 'http://localhost:4010/v1';
export const defaultSettings: PortalSettings = {
  backend: 'worker',
  baseUrl: STANDALONE_MOCK_URL,
  token: 'partner-full-admin',
  lang: 'en',
  theme: 'light',
};

/** Reads the stored settings; anything missing or malformed falls back to the defaults. */
export function readSettings(storage: Pick<Storage, 'getItem'> | undefined): PortalSettings {
  try {
    const stored = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}') as Partial<PortalSettings>;
    const settings = { ...defaultSettings, ...stored };
    if (settings.backend !== 'worker' && settings.backend !== 'url') settings.backend = 'worker';
    if (!languages.some((l) => l.code === settings.lang)) settings.lang = 'en';
    if (settings.theme !== 'light' && settings.theme !== 'dark') settings.theme = 'light';
    if (typeof settings.baseUrl !== 'string' || !isHttpUrl(settings.baseUrl))
      settings.baseUrl = STANDALONE_MOCK_URL;
    if (typeof settings.token !== 'string') settings.token = defaultSettings.token;
    return settings;
  } catch {
    return { ...defaultSettings };
  }
}

export function writeSettings(storage: Pick<Storage, 'setItem'> | undefined, settings: PortalSettings) {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Private mode or full storage: the settings last for this visit only.
  }
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
