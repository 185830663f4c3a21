import type { LucideIcon } from 'lucide-react';
import type { HTMLAttributes, ReactNode } from 'react';
import { cn } from './cn';

/** What an empty screen says: what belongs here and the next step to get it. */
export function EmptyState({ icon: Icon, title, children, action, className, ...props }: HTMLAttributes<HTMLDivElement> & { icon: LucideIcon; title: ReactNode; action?: ReactNode }) {
  return (
    <div className={cn('flex flex-col items-center gap-2 rounded-lg border border-dashed border-border px-4 py-6 text-center', className)} {...props}>
      <span className="grid size-10 place-items-center rounded-full bg-accent text-accent-foreground">
        <Icon aria-hidden className="size-5" />
      </span>
      <p className="m-0 font-medium">{title}</p>
      {children ? <div className="max-w-72 text-xs text-muted-foreground">{children}</div> : null}
      {action ? <div className="mt-1 flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  );
}
