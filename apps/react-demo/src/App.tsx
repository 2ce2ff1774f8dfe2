import { ACTORS, describeEvent, LOCALES, ORGS, TRIAL_ORG, type WidgetEvent } from '@onramp/demo-kit/app';
import { RoleEditor } from '@onramp/react/role-editor.js';
import { SetupPrompt } from '@onramp/react/setup-prompt.js';
import { SetupWizard } from '@onramp/react/setup-wizard.js';
import { createOnrampClient } from '@onramp/sdk';
import { useCallback, useMemo, useState } from 'react';

export interface AppProps {
  /** The API's base URL (the in-browser mock's, in this demo). */
  baseUrl: string;
  /** The fetch the client uses: the in-page mock in tests, the browser's (MSW worker) otherwise. */
  fetch?: typeof fetch;
  /** Called with every widget event the app receives, as the handler got it (for tests and hosts). */
  onWidgetEvent?: (event: WidgetEvent) => void;
}

/**
 * A partner page in React: the role editor for the chosen org, and the setup prompt that opens the
 * setup wizard. Every property comes from React state; every event lands in React state.
 */
export function App({ baseUrl, fetch, onWidgetEvent }: AppProps) {
  const [token, setToken] = useState<string>(ACTORS[0].token);
  const [locale, setLocale] = useState<string>('en');
  const [orgId, setOrgId] = useState<string>(ORGS[0].id);
  const [wizardOpen, setWizardOpen] = useState(false);
  const [log, setLog] = useState<string[]>([]);

  // A new client whenever the actor changes: the widgets reload with the new permissions.
  const client = useMemo(
    () => createOnrampClient({ baseUrl, token, fetch, retry: false }),
    [baseUrl, fetch, token],
  );

  const record = useCallback(
    (event: WidgetEvent) => {
      onWidgetEvent?.(event);
      setLog((lines) => [...lines, describeEvent(event)]);
    },
    [onWidgetEvent],
  );

  return (
    <main lang={locale} dir={locale === 'he' ? 'rtl' : 'ltr'}>
      <h1>Onramp widgets in React</h1>
      <div className="controls">
        <label>
          Signed in as
          <select value={token} onChange={(e) => setToken(e.target.value)}>
            {ACTORS.map((actor) => (
              <option key={actor.token} value={actor.token}>
                {actor.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Customer org
          <select value={orgId} onChange={(e) => setOrgId(e.target.value)}>
            {ORGS.map((org) => (
              <option key={org.id} value={org.id}>
                {org.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Language
          <select value={locale} onChange={(e) => setLocale(e.target.value)}>
            {LOCALES.map(({ code, label }) => (
              <option key={code} value={code} lang={code}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="widgets">
        <RoleEditor
          client={client}
          orgId={orgId}
          lang={locale}
          onRoleChange={record}
          onLicenseChange={record}
        />
        {wizardOpen ? (
          <SetupWizard
            client={client}
            orgId={TRIAL_ORG}
            lang={locale}
            onSetupStepChange={record}
            onSetupSubmit={record}
            onSetupClose={(event) => {
              record(event);
              setWizardOpen(false);
            }}
          />
        ) : (
          <SetupPrompt
            kind="trial"
            orgId={TRIAL_ORG}
            lang={locale}
            onSetupRequested={(event) => {
              record(event);
              setWizardOpen(true);
            }}
            onSetupClose={record}
          />
        )}
      </div>
      <section aria-labelledby="events-title">
        <h2 id="events-title">Events received by React</h2>
        <ol className="events" aria-label="Events received by React">
          {log.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ol>
      </section>
    </main>
  );
}
