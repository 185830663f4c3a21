import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { CheckboxField, Field, Input } from '@/components/ui/field';
import { Message } from '@/components/ui/message';
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
    <div className="flex flex-col gap-2" data-testid="tex-package-settings">
      <Field label="TeX Live mirror (TeX Live 2024 archive)">
        <Input value={mirror} onChange={(e) => setMirror(e.target.value)} onBlur={(e) => void saveMirror(e.target.value)} />
      </Field>
      {error ? <Message tone="error">{error}</Message> : null}
      <CheckboxField
        label="Get missing packages without asking"
        checked={auto}
        onChange={(e) => { setAuto(e.target.checked); void texAutoFetchItem.setValue(e.target.checked); }}
      />
      {packages?.length ? (
        <ul data-testid="fetched-packages" className="m-0 flex list-none flex-col gap-1 p-0">
          {packages.map((p) => (
            <li key={p.name} className="flex items-center gap-2 text-xs">
              <span className="flex-1"><code>{p.name}</code> ({Math.max(1, Math.round(p.bytes / 1024))} KB, fetched {new Date(p.fetchedAt).toLocaleDateString()})</span>
              <Button size="sm" variant="ghost" aria-label={`Remove ${p.name}`} onClick={() => void removeTexPackage(getDatabase(), p.name)}><Trash2 aria-hidden />Remove</Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted m-0">No package fetched yet: everything your resumes use ships with Bespoke.</p>
      )}
    </div>
  );
}
