import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ApiClientContext, type ApiClient } from '@/lib/api/client';
import { isApiError } from '@/lib/api/problem';
import { AuthContext, type AuthSession } from '@/lib/auth/session';
import { cssVariablesResolver, theme } from './theme';
import 'dayjs/locale/ru';
import 'dayjs/locale/en';

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

function LocalisedDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'ru', firstDayOfWeek: 1 }}>{children}</DatesProvider>;
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
        <LocalisedDates>
          <AuthContext.Provider value={auth}>
            <ApiClientContext.Provider value={api}>
              <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
            </ApiClientContext.Provider>
          </AuthContext.Provider>
        </LocalisedDates>
      </MantineProvider>
    </I18nextProvider>
  );
}
