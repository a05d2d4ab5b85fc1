import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { MapEngineContext } from '../map/map-context';
import type { MapEngine } from '../map/map-handle';

interface ProvidersProps {
  engine: MapEngine;
  /** Tests pass their own client (no retries); the app makes one. */
  queryClient?: QueryClient;
  children: ReactNode;
}

export function Providers({ engine, queryClient, children }: ProvidersProps) {
  // One automatic retry absorbs a passing hiccup; after that the user sees the error and a Retry button.
  const [client] = useState(
    () => queryClient ?? new QueryClient({ defaultOptions: { queries: { retry: 1 } } }),
  );
  return (
    <QueryClientProvider client={client}>
      <MapEngineContext value={engine}>{children}</MapEngineContext>
    </QueryClientProvider>
  );
}
