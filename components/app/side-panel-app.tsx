import { useEffect, useState, type ReactNode } from 'react';
import { JobPanel } from '@/components/job/job-panel';
import { ResumePanel } from '@/components/resume/resume-panel';
import { ResumePreview } from '@/components/resume/resume-preview';
import { SettingsPage } from '@/components/settings/settings-page';
import { TailorPanel } from '@/components/tailor/tailor-panel';
import { warmUp } from '@/components/tailor/warm-up';

export interface PanelTab {
  id: string;
  label: string;
  render(): ReactNode;
}

/** The side panel: one tab per task, the job first. Later views register here. */
export function SidePanelApp({ extraTabs = [] }: { extraTabs?: PanelTab[] }) {
  const tabs: PanelTab[] = [
    { id: 'job', label: 'Job', render: () => <JobPanel /> },
    { id: 'resume', label: 'Resume', render: () => <ResumePanel renderPreview={(r) => <ResumePreview key={r.id} resume={r} />} /> },
    { id: 'tailor', label: 'Tailor', render: () => <TailorPanel /> },
    ...extraTabs,
    { id: 'settings', label: 'Settings', render: () => <SettingsPage /> },
  ];
  const [active, setActive] = useState(tabs[0].id);
  // The TeX engine and the master's compile get ready while the user looks at the job.
  useEffect(() => {
    if (typeof Worker !== 'undefined') void warmUp();
  }, []);
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  return (
    <>
      <header className="row" style={{ padding: '10px 14px 0' }}>
        <h1>Bespoke</h1>
      </header>
      <nav className="tabs" role="tablist">
        {tabs.map((t) => (
          <button key={t.id} role="tab" aria-selected={t.id === current.id} onClick={() => setActive(t.id)}>
            {t.label}
          </button>
        ))}
      </nav>
      <main role="tabpanel">{current.render()}</main>
    </>
  );
}
