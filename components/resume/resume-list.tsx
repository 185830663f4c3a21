import type { ResumeRecord } from '@/lib/db/records';
import { useResumeActions } from './use-resumes';

const isTex = (path: string) => /\.(tex|ltx|xtx)$/i.test(path);

/** The user's master resumes: default, main file, files, delete. */
export function ResumeList({ resumes, selectedId, onSelect }: { resumes: ResumeRecord[]; selectedId?: string; onSelect(id: string): void }) {
  const { remove, makeDefault, chooseMain } = useResumeActions();
  return (
    <ul className="plain" data-testid="resume-list">
      {resumes.map((r) => (
        <li key={r.id} style={{ border: '1px solid var(--border)', borderRadius: 8, padding: 8 }}>
          <div className="row">
            <button aria-current={r.id === selectedId} onClick={() => onSelect(r.id)} style={{ width: 'auto', fontWeight: 600 }}>
              {r.name}
            </button>
            {r.isDefault ? <span className="badge">default</span> : <button className="secondary" onClick={() => makeDefault.mutate(r.id)}>Make default</button>}
            <button
              className="secondary"
              onClick={() => {
                if (confirm(`Delete the resume “${r.name}”? This cannot be undone.`)) remove.mutate(r.id);
              }}
            >
              Delete
            </button>
          </div>
          <label>
            Main file
            <select value={r.mainFile} onChange={(e) => chooseMain.mutate({ id: r.id, path: e.target.value })}>
              {r.files.filter((f) => isTex(f.path)).map((f) => (
                <option key={f.path}>{f.path}</option>
              ))}
            </select>
          </label>
          <p className="muted">{r.files.length} files · updated {new Date(r.updatedAt).toLocaleString()}</p>
        </li>
      ))}
    </ul>
  );
}
