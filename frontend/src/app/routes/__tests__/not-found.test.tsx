import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { ids } from '@/testing/fixtures';
import { API_ORIGIN, server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

describe('not found page', () => {
  it('answers an unknown address with a page that leads home', async () => {
    const { user, router } = renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Страница не найдена' })).toBeInTheDocument();
    expect(document.title).toBe('Страница не найдена — Карта');

    await user.click(screen.getByRole('link', { name: 'На главную' }));
    await waitFor(() => expect(router.state.location.pathname).not.toBe('/no/such/page'));
  });

  it('is translated', async () => {
    renderApp('/missing', { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('error boundary', () => {
  it('shows an error page instead of a blank screen when a page crashes', async () => {
    // A malformed answer (no deadline, no organisations), deliberately outside the contract's types, makes the
    // item page throw while rendering.
    server.use(
      http.get(`${API_ORIGIN}/api/v1/roadmap-items/:id`, () =>
        HttpResponse.json({ id: ids.item(6), number: '6', activity: 'x', status: 'NOT_STARTED' }),
      ),
    );
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderApp(`/items/${ids.item(6)}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Что-то пошло не так' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Обновить страницу' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Карта');
    consoleError.mockRestore();
  });
});
