import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { getDatabase } from '@/lib/db/database';
import { DEFAULT_TEXLIVE_MIRROR, normaliseMirror } from '@/lib/tex/tl-archive';
import { listTexPackages, removeTexPackage } from '@/lib/tex-packages/store';
import { texAutoFetchItem, texMirrorItem } from '@/lib/tex-packages/settings';

/** The TeX Live mirror, "always fetch", and the packages fetched so far (removable). */
export function TexPackageSettings() {
  const packages = useLiveQuery(() => listTexPackages(getDatabase()), []);
  const [mirror, setMirror] = useState('');
  const [auto, setAuto] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void texMirrorItem.getValue().then(setMirror);
    void texAutoFetchItem.getValue().then(setAuto);
  }, []);
  const saveMirror = async (value: string) => {
    try {
      await texMirrorItem.setValue(normaliseMirror(value || DEFAULT_TEXLIVE_MIRROR));
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }} data-testid="tex-package-settings">
      <label>
        TeX Live mirror (TeX Live 2024 archive)
        <input value={mirror} onChange={(e) => setMirror(e.target.value)} onBlur={(e) => void saveMirror(e.target.value)} style={{ width: '100%' }} />
      </label>
      {error ? <p className="error">{error}</p> : null}
      <label>
        <input type="checkbox" checked={auto} onChange={(e) => { setAuto(e.target.checked); void texAutoFetchItem.setValue(e.target.checked); }} />{' '}
        Get missing packages without asking
      </label>
      {packages?.length ? (
        <ul data-testid="fetched-packages">
          {packages.map((p) => (
            <li key={p.name}>
              <code>{p.name}</code> ({Math.max(1, Math.round(p.bytes / 1024))} KB, fetched {new Date(p.fetchedAt).toLocaleDateString()}){' '}
              <button className="secondary" onClick={() => void removeTexPackage(getDatabase(), p.name)}>Remove</button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No package fetched yet: everything your resumes use ships with Bespoke.</p>
      )}
    </div>
  );
}
