import { Briefcase, FileText, History, Settings, Sparkles, type LucideIcon } from 'lucide-react';
import { useEffect, useState, type ReactNode } from 'react';
import { HistoryPanel } from '@/components/history/history-panel';
import { JobPanel } from '@/components/job/job-panel';
import { useRecentJobs } from '@/components/job/use-jobs';
import { ResumePanel } from '@/components/resume/resume-panel';
import { ResumePreview } from '@/components/resume/resume-preview';
import { useResumes } from '@/components/resume/use-resumes';
import { SettingsPage } from '@/components/settings/settings-page';
import { TailorPanel } from '@/components/tailor/tailor-panel';
import { warmPdfPreview } from '@/components/pdf/pdfjs';
import { warmUpForRuns } from '@/components/tailor/warm-up';
import { panelTabRequestItem } from '@/lib/capture/panel-tab';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { Welcome } from './welcome';

export interface PanelTab {
  id: string;
  label: string;
  icon: LucideIcon;
  render(navigate: (tab: string) => void): ReactNode;
}

/**
 * The side panel: one tab per task, in the order of the work (resume, job, tailor, history,
 * settings). With no resume yet it opens on the welcome, which leads to a first tailored PDF.
 */
export function SidePanelApp({ extraTabs = [] }: { extraTabs?: PanelTab[] }) {
  const tabs: PanelTab[] = [
    { id: 'resume', label: 'Resume', icon: FileText, render: () => <ResumePanel renderPreview={(r, justImported) => <ResumePreview key={`${r.id}${justImported ? ':now' : ''}`} resume={r} compileNow={justImported} />} /> },
    { id: 'job', label: 'Job', icon: Briefcase, render: (go) => <JobPanel onTailor={() => go('tailor')} /> },
    { id: 'tailor', label: 'Tailor', icon: Sparkles, render: (go) => <TailorPanel navigate={go} /> },
    { id: 'history', label: 'History', icon: History, render: (go) => <HistoryPanel onOpenRun={() => go('tailor')} /> },
    ...extraTabs,
    { id: 'settings', label: 'Settings', icon: Settings, render: () => <SettingsPage /> },
  ];
  const resumes = useResumes();
  const jobs = useRecentJobs();
  const [chosen, setChosen] = useState<string | null>(null);
  // The TeX engine and the master's compile get ready (in the run host) while the user looks at the job.
  useEffect(() => {
    if (typeof Worker !== 'undefined') {
      warmPdfPreview();
      void warmUpForRuns();
    }
  }, []);
  // "Tailor this job" in the popup asks for a tab: shown once, then forgotten.
  useEffect(() => {
    const show = (tab: string | null) => {
      if (!tab) return;
      setChosen(tab);
      void panelTabRequestItem.setValue(null);
    };
    void panelTabRequestItem.getValue().then(show);
    return panelTabRequestItem.watch(show);
  }, []);
  // Until the person picks a tab: the welcome on a fresh install, else the job (a posting
  // captured before any resume is shown, with the way to add one).
  const fresh = resumes !== undefined && resumes.length === 0 && jobs !== undefined && jobs.length === 0;
  const active = chosen ?? (fresh ? 'welcome' : 'job');

  return (
    <Tabs value={active} onValueChange={setChosen} className="flex min-h-screen flex-col">
      <header className="sticky top-0 z-10 bg-background/95 backdrop-blur">
        <div className="flex items-center gap-2 px-3 pt-2.5">
          <span aria-hidden className="grid size-6 place-items-center rounded-md bg-primary text-[13px] font-bold text-primary-foreground">B</span>
          <h1>Bespoke</h1>
        </div>
        <TabsList aria-label="Bespoke" className="mt-1 px-1">
          {tabs.map((t) => (
            <TabsTrigger key={t.id} value={t.id}>
              <t.icon aria-hidden />
              {t.label}
            </TabsTrigger>
          ))}
        </TabsList>
      </header>
      {/* Not a tab panel: no tab names it, so it is the page's main region instead. */}
      {active === 'welcome' ? (
        <main className="flex flex-col gap-3 p-3">
          <Welcome navigate={setChosen} />
        </main>
      ) : null}
      {tabs.map((t) => (
        <TabsContent key={t.id} value={t.id}>
          {t.render(setChosen)}
        </TabsContent>
      ))}
    </Tabs>
  );
}
