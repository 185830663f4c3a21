import { useMutation } from '@tanstack/react-query';
import { DownloadCloud, UploadCloud } from 'lucide-react';
import { downloadFile } from '@/components/app/downloads';
import { Button } from '@/components/ui/button';
import { SectionHeader } from '@/components/ui/card';
import { Message } from '@/components/ui/message';
import { exportBackup, importBackupFile } from '@/lib/backup/backup';
import { getDatabase } from '@/lib/db/database';

/** Export and import of all data (resumes, postings, history, settings); keys never leave. */
export function BackupSection() {
  const exporter = useMutation({
    mutationFn: async () => downloadFile(await exportBackup(getDatabase()), `bespoke-backup-${new Date().toISOString().slice(0, 10)}.json`, 'application/json'),
  });
  const importer = useMutation({
    mutationFn: (file: File) => importBackupFile(getDatabase(), file),
  });
  return (
    <section data-testid="backup" aria-label="Backup" className="flex flex-col gap-2">
      <SectionHeader title="Backup" description="Resumes, postings, tailoring history and provider settings. API keys are never included: re-enter them after a restore." />
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => exporter.mutate()} disabled={exporter.isPending}><DownloadCloud aria-hidden />Export all data</Button>
        <Button asChild>
          <label className="focus-within:outline-2 focus-within:outline-ring">
            <UploadCloud aria-hidden />
            Import a backup
            <input
              type="file"
              className="sr-only"
              accept="application/json,.json"
              data-testid="import-backup"
              onChange={(e) => {
                const file = e.target.files?.[0];
                // Cleared, so picking the same file again imports it again (the browser fires no change otherwise).
                e.target.value = '';
                if (file) importer.mutate(file);
              }}
            />
          </label>
        </Button>
      </div>
      {exporter.error ? <Message tone="error">{exporter.error.message}</Message> : null}
      {importer.error ? <Message tone="error" data-testid="backup-error">{importer.error.message}</Message> : null}
      {importer.data ? (
        <Message tone="success" data-testid="backup-imported">
          <p className="m-0">
            Imported {importer.data.resumes} resumes, {importer.data.jobs} postings, {importer.data.runs} runs and {importer.data.profiles} provider settings
            {importer.data.kept ? `; kept ${importer.data.kept} already here` : ''}.
          </p>
          {importer.data.conflicts.length ? (
            <ul className="muted m-0 pl-4" data-testid="backup-conflicts">
              {importer.data.conflicts.map((c) => <li key={c}>{c}</li>)}
            </ul>
          ) : null}
        </Message>
      ) : null}
    </section>
  );
}
