import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '@/components/app/downloads';
import { exportBackup, importBackup } from '@/lib/backup/backup';
import { getDatabase } from '@/lib/db/database';

/** Export and import of all data (resumes, postings, history, settings); keys never leave. */
export function BackupSection() {
  const exporter = useMutation({
    mutationFn: async () => downloadFile(await exportBackup(getDatabase()), `bespoke-backup-${new Date().toISOString().slice(0, 10)}.json`, 'application/json'),
  });
  const importer = useMutation({
    mutationFn: async (file: File) => importBackup(getDatabase(), new Uint8Array(await file.arrayBuffer())),
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
        <p className="muted" data-testid="backup-imported">
          Imported {importer.data.resumes} resumes, {importer.data.jobs} postings, {importer.data.runs} runs and {importer.data.profiles} provider settings.
        </p>
      ) : null}
    </section>
  );
}
