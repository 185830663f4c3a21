import { SettingsPage } from '@/components/settings/settings-page';

/** The options page: the same settings as the side panel's tab, with room to breathe. */
export function OptionsApp() {
  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-4 px-4 py-6">
      <header className="flex items-center gap-2">
        <span aria-hidden className="grid size-7 place-items-center rounded-md bg-primary text-sm font-bold text-primary-foreground">B</span>
        <h1 className="text-lg">Bespoke settings</h1>
      </header>
      <SettingsPage />
    </main>
  );
}
