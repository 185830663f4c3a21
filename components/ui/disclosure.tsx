import { ChevronRight } from 'lucide-react';
import { Collapsible } from 'radix-ui';
import type { ReactNode } from 'react';
import { cn } from './cn';

/** Something most people never need, one click away ("Details", "Advanced"). */
export function Disclosure({ summary, children, defaultOpen = false, className, testId }: { summary: ReactNode; children: ReactNode; defaultOpen?: boolean; className?: string; testId?: string }) {
  return (
    <Collapsible.Root defaultOpen={defaultOpen} className={cn('group/disclosure', className)} data-testid={testId}>
      <Collapsible.Trigger className="flex cursor-pointer items-center gap-1 rounded-sm text-xs font-medium text-muted-foreground hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring">
        <ChevronRight aria-hidden className="size-3.5 transition-transform group-data-[state=open]/disclosure:rotate-90" />
        {summary}
      </Collapsible.Trigger>
      <Collapsible.Content className="pt-2">{children}</Collapsible.Content>
    </Collapsible.Root>
  );
}
