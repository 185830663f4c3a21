import { postingFacts } from '@/lib/jobs/index';
import type { JobRecord } from '@/lib/db/records';

const LABELS: Record<string, string> = { 'on-site': 'On-site', remote: 'Remote', hybrid: 'Hybrid' };

/** What users filter by, under the posting: employment type, workplace, salary, years asked, seniority. */
export function JobFacts({ job }: { job: JobRecord }) {
  const f = postingFacts(job);
  const chips = [
    f.employmentType,
    f.workplace ? LABELS[f.workplace] : null,
    f.salary,
    f.yearsAsked !== null ? `${f.yearsAsked}+ years asked` : null,
    f.seniority,
  ].filter((c): c is string => !!c);
  return (
    <div data-testid="job-facts" style={{ display: 'flex', flexWrap: 'wrap', gap: 6, fontSize: 12 }}>
      {chips.map((c) => (
        <span key={c} className="chip" style={{ border: '1px solid #ccc', borderRadius: 10, padding: '1px 8px' }}>{c}</span>
      ))}
    </div>
  );
}
