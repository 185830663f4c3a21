import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '@/components/app/downloads';
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
    <section data-testid="backup">
      <h2>Backup</h2>
      <p className="muted">Resumes, postings, tailoring history and provider settings. API keys are never included: re-enter them after a restore.</p>
      <div className="row">
        <button className="secondary" onClick={() => exporter.mutate()} disabled={exporter.isPending}>Export all data</button>
        <label className="secondary">
          Import a backup
          <input type="file" accept="application/json,.json" data-testid="import-backup" onChange={(e) => e.target.files?.[0] && importer.mutate(e.target.files[0])} />
        </label>
      </div>
      {exporter.error ? <p className="error">{exporter.error.message}</p> : null}
      {importer.error ? <p className="error" data-testid="backup-error">{importer.error.message}</p> : null}
      {importer.data ? (
        <div data-testid="backup-imported">
          <p className="muted">
            Imported {importer.data.resumes} resumes, {importer.data.jobs} postings, {importer.data.runs} runs and {importer.data.profiles} provider settings
            {importer.data.kept ? `; kept ${importer.data.kept} already here` : ''}.
          </p>
          {importer.data.conflicts.length ? (
            <ul className="muted" data-testid="backup-conflicts">
              {importer.data.conflicts.map((c) => <li key={c}>{c}</li>)}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
