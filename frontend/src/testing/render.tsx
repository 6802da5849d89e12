import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { AppProvider, createQueryClient } from '@/app/provider';
import { routes } from '@/app/routes';
import { createI18n, currentLanguage } from '@/i18n/i18n';
import type { Language } from '@/i18n/format';
import { createApiClient } from '@/lib/api/client';
import type { AuthSession } from '@/lib/auth/session';
import { FakeApi } from './fake-api';
import { DESKTOP_WIDTH, PHONE_WIDTH, setViewportWidth } from './viewport';

export interface RenderAppOptions {
  api?: FakeApi;
  viewport?: 'phone' | 'desktop';
  language?: Language;
}

/**
 * Renders the whole app (shell, router, providers, the real API client) at a URL, talking to a fake API.
 * Returns Testing Library's queries plus the router (to read the URL), the fake API and a user-event instance.
 */
export function renderApp(path: string, options: RenderAppOptions = {}) {
  setViewportWidth(options.viewport === 'desktop' ? DESKTOP_WIDTH : PHONE_WIDTH);
  const api = options.api ?? new FakeApi();
  const i18n = createI18n(options.language ?? 'ru');
  const auth: AuthSession & { logout: ReturnType<typeof vi.fn> } = {
    getToken: async () => 'test-token',
    logout: vi.fn(async () => {}),
  };
  const client = createApiClient({
    baseUrl: 'http://karta.test',
    getToken: auth.getToken,
    getLanguage: () => currentLanguage(i18n),
    fetch: api.fetch,
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const utils = render(
    <AppProvider api={client} auth={auth} i18n={i18n} queryClient={createQueryClient({ retry: false })} env="test">
      <RouterProvider router={router} />
    </AppProvider>,
  );
  const search = () => new URLSearchParams(router.state.location.search);
  return { ...utils, api, router, user, auth, i18n, search };
}
