import { render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProvider, createQueryClient } from '@/app/provider';
import { routes } from '@/app/routes';
import { createTestI18n } from '@/testing/i18n';
import { createApiClient } from '@/lib/api/client';
import { API_ORIGIN, createApiData, json, mockApi, requestsTo, server, serveApiData } from '@/testing/mock-api';

const meetingId = 'f0000000-0000-4000-8000-000000000001';

/** The app as main.tsx starts it, in React's strict mode (effects run twice on mount). */
function renderStrict(path: string) {
  serveApiData(createApiData({ user: 'member' }));
  const i18n = createTestI18n('ru');
  const getToken = async () => 'test-token';
  const api = createApiClient({ baseUrl: API_ORIGIN, getToken, getLanguage: () => 'ru', fetch: (request) => fetch(request) });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <StrictMode>
      <AppProvider
        api={api}
        auth={{ getToken, logout: async () => {} }}
        i18n={i18n}
        queryClient={createQueryClient({ retry: false })}
        env="test"
      >
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
  return { router };
}

describe('checking in with the code from the link', () => {
  it('sends the code once, in strict mode too, and then takes it out of the address', async () => {
    server.use(
      mockApi.post('/api/v1/meetings/{id}/check-ins', () =>
        json(
          {
            meetingId,
            personId: 'c0000000-0000-4000-8000-000000000003',
            checkedInAt: new Date(2026, 11, 2, 14, 5).toISOString(),
            guest: false,
            repeat: false,
            meetingTitle: 'Ежеквартальное совещание по развитию кластера',
          },
          { status: 201 },
        ),
      ),
    );
    const { router } = renderStrict(`/check-in/${meetingId}?code=29561234.abc`);
    expect(await screen.findByRole('heading', { name: 'Вы отмечены' })).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(requestsTo('POST', /check-ins$/)).toHaveLength(1);
  });
});
