import { Tabs as TabsPrimitive } from 'radix-ui';
import type { ComponentProps } from 'react';
import { cn } from './cn';

/** Radix tabs (roving focus, arrow keys, ARIA) with the house look. */
export const Tabs = TabsPrimitive.Root;

export function TabsList({ className, ...props }: ComponentProps<typeof TabsPrimitive.List>) {
  return <TabsPrimitive.List className={cn('flex items-stretch border-b border-border', className)} {...props} />;
}

export function TabsTrigger({ className, ...props }: ComponentProps<typeof TabsPrimitive.Trigger>) {
  return (
    <TabsPrimitive.Trigger
      className={cn(
        'relative flex min-w-0 flex-1 cursor-pointer flex-col items-center gap-0.5 px-1 pt-1.5 pb-2 text-[11px] font-medium text-muted-foreground transition-colors hover:text-foreground',
        'after:absolute after:inset-x-2 after:bottom-[-1px] after:h-0.5 after:rounded-full data-[state=active]:text-primary data-[state=active]:after:bg-primary',
        'focus-visible:outline-2 focus-visible:outline-ring focus-visible:-outline-offset-2 [&_svg]:size-4',
        className,
      )}
      {...props}
    />
  );
}

export function TabsContent({ className, ...props }: ComponentProps<typeof TabsPrimitive.Content>) {
  return <TabsPrimitive.Content className={cn('flex flex-col gap-3 p-3 focus-visible:outline-none', className)} {...props} />;
}
