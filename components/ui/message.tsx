import { AlertTriangle, CircleAlert, Info, CheckCircle2 } from 'lucide-react';
import type { HTMLAttributes, ReactNode } from 'react';
import { cn } from './cn';

const TONES = {
  info: { box: 'border-border bg-muted', icon: Info, color: 'text-muted-foreground' },
  warning: { box: 'border-warning/40 bg-warning-soft', icon: AlertTriangle, color: 'text-warning' },
  error: { box: 'border-danger/40 bg-danger-soft', icon: CircleAlert, color: 'text-danger' },
  success: { box: 'border-success/40 bg-success-soft', icon: CheckCircle2, color: 'text-success' },
} as const;

/**
 * A message in place: what happened and, in `action`, what to do next. Errors are announced
 * (role=alert); the others are polite status lines.
 */
export function Message({ tone = 'info', title, action, children, className, ...props }: HTMLAttributes<HTMLDivElement> & { tone?: keyof typeof TONES; title?: ReactNode; action?: ReactNode }) {
  const t = TONES[tone];
  const Icon = t.icon;
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={cn('flex gap-2 rounded-md border px-3 py-2 text-sm', t.box, className)} {...props}>
      <Icon aria-hidden className={cn('mt-0.5 size-4 shrink-0', t.color)} />
      <div className="flex min-w-0 flex-1 flex-col gap-1.5 break-words">
        {title ? <p className="m-0 font-medium">{title}</p> : null}
        {children ? <div className="m-0">{children}</div> : null}
        {action ? <div className="flex flex-wrap gap-1.5">{action}</div> : null}
      </div>
    </div>
  );
}
