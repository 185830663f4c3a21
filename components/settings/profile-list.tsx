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
  if (profiles.length === 0) return <p className="empty">No provider yet. Add one to start tailoring.</p>;
  return (
    <ul className="profile-list" aria-label="Provider configurations">
      {profiles.map((p) => (
        <li key={p.id} data-profile-id={p.id}>
          <strong>{p.label}</strong> — {PROVIDER_LABELS[p.provider]} · {p.model}
          {p.baseUrl && <> · <code>{p.baseUrl}</code></>}
          {p.isDefault && <span className="badge"> (default)</span>}
          <span className="actions">
            {!p.isDefault && <button type="button" disabled={disabled} onClick={() => onMakeDefault(p)}>Make default</button>}
            <button type="button" disabled={disabled} onClick={() => onEdit(p)}>Edit</button>
            <button type="button" disabled={disabled} onClick={() => onDelete(p)}>Delete</button>
          </span>
        </li>
      ))}
    </ul>
  );
}
