import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiClientContext, type ApiClient } from '@/lib/api/client';
import { isApiError } from '@/lib/api/problem';
import { AuthContext, type AuthSession } from '@/lib/auth/session';
import { cssVariablesResolver, theme } from './theme';

/** Client errors (4xx) are answers, not glitches: only network failures and 5xx are retried. */
export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: options.retry === false ? false : (failureCount, error) => failureCount < 2 && !(isApiError(error) && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
}

export interface AppProviderProps {
  api: ApiClient;
  auth: AuthSession;
  i18n: I18n;
  queryClient: QueryClient;
  /** 'test' turns off Mantine's transitions and portals. */
  env?: 'default' | 'test';
  children: ReactNode;
}

export function AppProvider({ api, auth, i18n, queryClient, env = 'default', children }: AppProviderProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light" env={env}>
        <AuthContext.Provider value={auth}>
          <ApiClientContext.Provider value={api}>
            <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
          </ApiClientContext.Provider>
        </AuthContext.Provider>
      </MantineProvider>
    </I18nextProvider>
  );
}
