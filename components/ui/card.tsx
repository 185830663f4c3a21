import type { HTMLAttributes, ReactNode } from 'react';
import { cn } from './cn';

/** A bordered surface that groups one thing (a resume, a run, a settings section). */
export function Card({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cn('rounded-lg border border-border bg-card p-3 shadow-xs', className)} {...props} />;
}

/** A section heading with an optional line of explanation and actions on the right. */
export function SectionHeader({ title, description, actions, level = 2 }: { title: ReactNode; description?: ReactNode; actions?: ReactNode; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="flex items-start justify-between gap-2">
      <div className="min-w-0">
        <Heading>{title}</Heading>
        {description ? <p className="mt-0.5 text-xs text-muted-foreground">{description}</p> : null}
      </div>
      {actions ? <div className="flex shrink-0 items-center gap-1.5">{actions}</div> : null}
    </div>
  );
}
