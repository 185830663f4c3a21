import { mountPage } from '@/components/app/app-shell';
import { BackupSection } from '@/components/backup/backup-section';
import { SettingsPage } from '@/components/settings/settings-page';

mountPage(
  'root',
  <main style={{ maxWidth: 760, margin: '0 auto' }}>
    <h1>Bespoke settings</h1>
    <SettingsPage />
    <BackupSection />
  </main>,
);
