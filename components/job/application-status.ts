import type { BadgeTone } from '@/components/ui/badge';
import type { JobRecord } from '@/lib/db/records';

export type ApplicationStatus = NonNullable<JobRecord['status']>;

/** The application statuses in the order an application moves through them, with their look. */
export const APPLICATION_STATUSES: { id: ApplicationStatus; label: string; tone: BadgeTone }[] = [
  { id: 'saved', label: 'Saved', tone: 'neutral' },
  { id: 'applied', label: 'Applied', tone: 'primary' },
  { id: 'interview', label: 'Interview', tone: 'warning' },
  { id: 'offer', label: 'Offer', tone: 'success' },
  { id: 'rejected', label: 'Rejected', tone: 'danger' },
];

export const statusInfo = (id: ApplicationStatus | undefined) => APPLICATION_STATUSES.find((s) => s.id === (id ?? 'saved'))!;
