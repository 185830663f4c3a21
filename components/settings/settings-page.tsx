import { messagingPriceApi, messagingSettingsApi } from './messaging-api';
import { PriceTableEditor } from './price-table-editor';
import { ProviderSettings } from './provider-settings';
import { SecondOpinionSettings } from './second-opinion-settings';
import { TexPackageSettings } from './tex-package-settings';

/** LLM settings as the options page and the side panel show them, wired to the background. */
export function SettingsPage() {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <section>
        <h2>LLM providers</h2>
        <p className="muted">
          Your key is stored only in this browser (never synced) and sent only to the provider you choose. With no provider,
          Bespoke's offline tailor still works.
        </p>
        <ProviderSettings api={messagingSettingsApi} />
      </section>
      <section>
        <h2>Truthfulness check</h2>
        <p className="muted">
          Every change is checked against the lines of your resume it cites. Optionally, a second, cheap model call looks
          for claims the rules missed; it can only flag changes, never approve them.
        </p>
        <SecondOpinionSettings />
      </section>
      <section>
        <h2>TeX packages</h2>
        <p className="muted">
          Packages your resume needs beyond those Bespoke ships are fetched from TeX Live's archive when you click; only
          the package names leave the browser.
        </p>
        <TexPackageSettings />
      </section>
      <section>
        <h2>Prices</h2>
        <PriceTableEditor api={messagingPriceApi} />
      </section>
    </div>
  );
}
