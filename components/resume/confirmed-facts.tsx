import { useMutation } from '@tanstack/react-query';
import { confirmedFactsOf, removeConfirmedFact } from '@/lib/db/confirmed-facts';
import { getDatabase } from '@/lib/db/database';
import type { ResumeRecord } from '@/lib/db/records';

/**
 * The facts the person confirmed for this master ("This is true" on a flagged change). Later
 * runs treat them as evidence; removing one makes its claims flagged again.
 */
export function ConfirmedFacts({ resume }: { resume: ResumeRecord }) {
  const remove = useMutation({ mutationFn: (id: string) => removeConfirmedFact(getDatabase(), resume.id, id) });
  const facts = confirmedFactsOf(resume);
  return (
    <section data-testid="confirmed-facts">
      <h2>Confirmed facts</h2>
      {facts.length === 0 ? (
        <p className="muted">None yet. When a change is flagged and you mark it “This is true”, it is kept here and not flagged again.</p>
      ) : (
        <ul className="plain">
          {facts.map((f) => (
            <li key={f.id} className="row" data-testid="confirmed-fact">
              <span style={{ flex: 1 }}>{f.text}{f.claims.length ? <span className="muted"> — {f.claims.join(', ')}</span> : null}</span>
              <button className="secondary" style={{ width: 'auto' }} aria-label={`Remove the confirmed fact “${f.text}”`} onClick={() => remove.mutate(f.id)}>Remove</button>
            </li>
          ))}
        </ul>
      )}
      {remove.error ? <p className="error">{remove.error.message}</p> : null}
    </section>
  );
}
