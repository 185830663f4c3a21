import { BackupSection } from '@/components/backup/backup-section';
import { SectionHeader } from '@/components/ui/card';
import { Disclosure } from '@/components/ui/disclosure';
import { messagingPriceApi, messagingSettingsApi } from './messaging-api';
import { PriceTableEditor } from './price-table-editor';
import { ProviderSettings } from './provider-settings';
import { SecondOpinionSettings } from './second-opinion-settings';
import { TexPackageSettings } from './tex-package-settings';

/**
 * Settings as the options page and the side panel show them: providers first (what most people
 * come for), backup, and what few need — TeX packages, prices — under "Advanced".
 */
export function SettingsPage() {
  return (
    <div className="flex flex-col gap-5">
      <ProviderSettings api={messagingSettingsApi} />
      <section aria-label="Truthfulness check" className="flex flex-col gap-2">
        <SectionHeader
          level={3}
          title="Truthfulness check"
          description="Every change is checked against the lines of your resume it cites. Optionally, a second, cheap model call looks for claims the rules missed; it can only flag changes, never approve them."
        />
        <SecondOpinionSettings />
      </section>
      <BackupSection />
      <Disclosure summary="Advanced: TeX packages and model prices" testId="settings-advanced">
        <div className="flex flex-col gap-5">
          <section aria-label="TeX packages" className="flex flex-col gap-2">
            <SectionHeader
              level={3}
              title="TeX packages"
              description="Packages your resume needs beyond those Bespoke ships are fetched from TeX Live's archive when you click; only the package names leave the browser."
            />
            <TexPackageSettings />
          </section>
          <PriceTableEditor api={messagingPriceApi} />
        </div>
      </Disclosure>
    </div>
  );
}
