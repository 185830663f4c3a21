import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/assets/ui.css';

/** Mounts an extension page's React tree with the providers every page shares. */
export function mountPage(rootId: string, page: ReactNode): void {
  const element = document.getElementById(rootId);
  if (!element) throw new Error(`Missing #${rootId} in the page.`);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  createRoot(element).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>{page}</QueryClientProvider>
    </StrictMode>,
  );
}
