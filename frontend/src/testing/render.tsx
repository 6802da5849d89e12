import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { expect, vi } from 'vitest';
import { AppProvider, createQueryClient } from '@/app/provider';
import { routes } from '@/app/routes';
import { currentLanguage } from '@/i18n/i18n';
import { createTestI18n } from './i18n';
import type { Language } from '@/i18n/format';
import { createApiClient } from '@/lib/api/client';
import type { AuthSession } from '@/lib/auth/session';
import { API_ORIGIN, type ApiData, createApiData, requests, requestsTo, serveApiData } from './mock-api';
import { DESKTOP_WIDTH, PHONE_WIDTH, setViewportWidth } from './viewport';

export interface RenderAppOptions {
  /** What the mock API serves (default: the demo fixtures, seen by a department user). */
  data?: ApiData;
  viewport?: 'phone' | 'desktop';
  language?: Language;
}

/**
 * Renders the whole app (shell, router, providers, the real API client) at a URL, talking to the mock API
 * (src/testing/mock-api.ts) through the network layer. Returns Testing Library's queries plus the router (to read
 * the URL), the served data, the recorded requests and a user-event instance.
 */
export function renderApp(path: string, options: RenderAppOptions = {}) {
  setViewportWidth(options.viewport === 'desktop' ? DESKTOP_WIDTH : PHONE_WIDTH);
  const data = serveApiData(options.data ?? createApiData());
  const i18n = createTestI18n(options.language ?? 'ru');
  const auth: AuthSession & { logout: ReturnType<typeof vi.fn> } = {
    getToken: async () => 'test-token',
    logout: vi.fn(async () => {}),
  };
  const client = createApiClient({
    baseUrl: API_ORIGIN,
    getToken: auth.getToken,
    getLanguage: () => currentLanguage(i18n),
    // Looked up at call time, so the request goes through the fetch that Mock Service Worker intercepts.
    fetch: (request) => fetch(request),
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const utils = render(
    <AppProvider api={client} auth={auth} i18n={i18n} queryClient={createQueryClient({ retry: false })} env="test">
      <RouterProvider router={router} />
    </AppProvider>,
  );
  const search = () => new URLSearchParams(router.state.location.search);
  return { ...utils, data, requests, requestsTo, router, user, auth, i18n, search };
}

/**
 * The user menu's button once the menu itself has loaded (it loads just after the first screen; until then a
 * stand-in button that looks the same is shown, data-loading="true").
 */
export async function findUserMenuButton(name: string | RegExp = /Меню пользователя/): Promise<HTMLElement> {
  return waitFor(() => {
    const button = screen.getByRole('button', { name });
    expect(button).not.toHaveAttribute('data-loading');
    return button;
  });
}
