import { mountPage } from '@/components/app/app-shell';
import { SettingsPage } from '@/components/settings/settings-page';

mountPage(
  'root',
  <main style={{ maxWidth: 760, margin: '0 auto' }}>
    <h1>Bespoke settings</h1>
    <SettingsPage />
  </main>,
);
