import { Progress as ProgressPrimitive } from 'radix-ui';
import { cn } from './cn';

/** A thin bar; `value` null shows work of unknown length. */
export function Progress({ value, className, label }: { value: number | null; className?: string; label: string }) {
  return (
    <ProgressPrimitive.Root aria-label={label} value={value} className={cn('relative h-1.5 w-full overflow-hidden rounded-full bg-muted', className)}>
      <ProgressPrimitive.Indicator
        className={cn('h-full rounded-full bg-primary transition-[width] duration-300', value === null && 'w-1/3 animate-pulse')}
        style={value === null ? undefined : { width: `${Math.max(2, Math.min(100, value))}%` }}
      />
    </ProgressPrimitive.Root>
  );
}
