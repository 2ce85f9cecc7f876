import { focusManager, QueryClient } from '@tanstack/react-query';
import type { AppError } from '../b24/app-error.ts';

declare module '@tanstack/react-query' {
  interface Register {
    // The door maps what the SDK throws; doorQueryOptions and doorMutationOptions the rest.
    defaultError: AppError;
  }
}

/** Contract §3, freshness. */
const FRESH_MS = 30_000;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: FRESH_MS,
        // The SDK already retries 503/5xx/network with backoff and refreshes the token on 401;
        // retrying here would multiply its attempts and delay the error card by minutes.
        retry: false,
        // Boot prefetches before React mounts; a prefetch that already failed is an answer to
        // show, not a reason to send the same request again on mount.
        retryOnMount: false,
        // Revalidate a stale card as soon as the user comes back to it.
        refetchOnWindowFocus: true,
      },
    },
  });
}

/**
 * React Query 5 listens to `visibilitychange` only; the contract also revalidates when the
 * frame's window gets focus (clicking back into the tab without the document ever hiding).
 */
export function revalidateOnFocusAndVisibility(): void {
  focusManager.setEventListener((onFocus) => {
    const handle = () => onFocus();
    window.addEventListener('visibilitychange', handle, false);
    window.addEventListener('focus', handle, false);
    return () => {
      window.removeEventListener('visibilitychange', handle);
      window.removeEventListener('focus', handle);
    };
  });
}
