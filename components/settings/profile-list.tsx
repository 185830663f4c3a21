import { Pencil, Star, Trash2 } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { ProfileSummary } from '../../lib/settings/index.ts';
import { PROVIDER_LABELS } from './form-state.ts';

interface Props {
  profiles: ProfileSummary[];
  disabled: boolean;
  onEdit(profile: ProfileSummary): void;
  onDelete(profile: ProfileSummary): void;
  onMakeDefault(profile: ProfileSummary): void;
}

/** The saved configurations, with the default marked. Keys are never shown, only whether one is stored. */
export function ProfileList({ profiles, disabled, onEdit, onDelete, onMakeDefault }: Props) {
  if (profiles.length === 0) {
    return <p className="empty m-0 rounded-md border border-dashed border-border px-3 py-3 text-center text-sm text-muted-foreground">No provider yet. Add one to let a model rewrite your resume — or use the offline tailor, which needs none.</p>;
  }
  return (
    <ul className="m-0 flex list-none flex-col gap-2 p-0" aria-label="Provider configurations">
      {profiles.map((p) => (
        <li key={p.id} data-profile-id={p.id} className="flex flex-col gap-1.5 rounded-lg border border-border bg-card p-2.5">
          <div className="flex flex-wrap items-center gap-1.5">
            <strong className="min-w-0 truncate">{p.label}</strong>
            {p.isDefault && <Badge tone="primary"><Star aria-hidden />default</Badge>}
          </div>
          <p className="m-0 break-all text-xs text-muted-foreground">
            {PROVIDER_LABELS[p.provider]} · {p.model}
            {p.baseUrl && <> · <code>{p.baseUrl}</code></>}
          </p>
          <span className="actions flex flex-wrap gap-1.5">
            {!p.isDefault && <Button size="sm" disabled={disabled} onClick={() => onMakeDefault(p)}>Make default</Button>}
            <Button size="sm" variant="ghost" disabled={disabled} onClick={() => onEdit(p)}><Pencil aria-hidden />Edit</Button>
            <Button size="sm" variant="ghost" disabled={disabled} onClick={() => onDelete(p)}><Trash2 aria-hidden />Delete</Button>
          </span>
        </li>
      ))}
    </ul>
  );
}
