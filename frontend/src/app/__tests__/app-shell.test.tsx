import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createApiData } from '@/testing/mock-api';
import { ids } from '@/testing/fixtures';
import { findUserMenuButton, renderApp } from '@/testing/render';

describe('app shell', () => {
  it('opens the newest approved roadmap at /', async () => {
    const { router } = renderApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/roadmaps/${ids.roadmap2017}`));
    expect(await screen.findByText('14 пунктов')).toBeInTheDocument();
  });

  it('opens the list of roadmaps at / when none is approved', async () => {
    const data = createApiData();
    for (const roadmap of data.roadmaps) roadmap.status = 'DRAFT';
    const { router } = renderApp('/', { data });
    await waitFor(() => expect(router.state.location.pathname).toBe('/roadmaps'));
  });

  it('has the landmarks, the product name and the navigation', async () => {
    renderApp('/roadmaps', { viewport: 'desktop' });
    expect(screen.getByRole('banner')).toHaveTextContent('Карта');
    expect(screen.getByRole('main')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Основная навигация' });
    expect(within(nav).getByRole('link', { name: 'Дорожные карты' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Организации' })).toHaveAttribute('href', '/organisations');
    expect(screen.getByRole('link', { name: 'Перейти к содержимому' })).toHaveAttribute('href', '#main');
  });

  it('has a burger that opens the navigation on a phone', async () => {
    const { user } = renderApp('/roadmaps');
    const burger = screen.getByRole('button', { name: 'Открыть меню навигации' });
    expect(burger).toHaveAttribute('aria-expanded', 'false');
    await user.click(burger);
    expect(screen.getByRole('button', { name: 'Закрыть меню навигации' })).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(screen.getByRole('navigation', { name: 'Основная навигация' })).getByRole('link', { name: 'Организации' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Организации' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Открыть меню навигации' })).toBeInTheDocument();
  });

  it('switches the language to English and back, remembering the choice', async () => {
    const { user, requests } = renderApp(`/roadmaps/${ids.roadmap2017}`, { viewport: 'desktop' });
    expect(await screen.findByText('14 пунктов')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(await screen.findByText('14 items')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Activity' })).toBeInTheDocument();
    expect(screen.getAllByText('Not started').length).toBeGreaterThan(0);
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('karta.language')).toBe('en');

    // Requests made after the switch ask the server for English error messages.
    await user.click(screen.getByRole('checkbox', { name: 'Done' }));
    await waitFor(() => expect(requests.at(-1)?.headers.get('Accept-Language')).toBe('en'));

    await user.click(screen.getByRole('radio', { name: 'Русский' }));
    expect(await screen.findByText('Дорожные карты', { selector: 'a' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ru');
  });

  it('shows the user name and organisation, and logs out', async () => {
    const { user, auth } = renderApp('/roadmaps', { viewport: 'desktop' });
    const menuButton = await findUserMenuButton('Меню пользователя Стрельцов Алексей');
    await user.click(menuButton);
    expect(await screen.findByText('Департамент инвестиционного развития Смоленской области')).toBeInTheDocument();
    await user.click(screen.getByRole('menuitem', { name: 'Выйти' }));
    expect(auth.logout).toHaveBeenCalledTimes(1);
  });

  it('opens the user menu clicked before its code had loaded, once it has', async () => {
    renderApp('/roadmaps', { viewport: 'desktop' });
    const standIn = screen.getByRole('button', { name: /Меню пользователя/ });
    expect(standIn).toHaveAttribute('data-loading', 'true');
    fireEvent.click(standIn);
    expect(await screen.findByRole('menuitem', { name: 'Выйти' })).toBeInTheDocument();
    expect(await findUserMenuButton()).toHaveAttribute('aria-expanded', 'true');
  });

  it('keeps the stand-in under a press while the menu arrives, so that the click opens the menu once', async () => {
    renderApp('/roadmaps', { viewport: 'desktop' });
    const standIn = screen.getByRole('button', { name: /Меню пользователя/ });
    fireEvent.pointerDown(standIn);
    // the menu's code arrives while the button is held down
    await act(async () => {
      await import('@/features/auth/components/UserMenuPopup');
      await new Promise((resolve) => window.setTimeout(resolve, 0));
    });
    expect(screen.getByRole('button', { name: /Меню пользователя/ })).toBe(standIn);
    fireEvent.pointerUp(standIn);
    fireEvent.click(standIn);
    expect(await screen.findByRole('menuitem', { name: 'Выйти' })).toBeInTheDocument();
    expect(await findUserMenuButton()).toHaveAttribute('aria-expanded', 'true');
  });

  it('leaves the menu closed when the press on the stand-in is released elsewhere', async () => {
    renderApp('/roadmaps', { viewport: 'desktop' });
    fireEvent.pointerDown(screen.getByRole('button', { name: /Меню пользователя/ }));
    fireEvent.pointerUp(document.body);
    expect(await findUserMenuButton()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menuitem', { name: 'Выйти' })).not.toBeInTheDocument();
  });

  it('sends the bearer token and the UI language with every request', async () => {
    const { requests } = renderApp('/roadmaps');
    await screen.findAllByRole('article');
    expect(requests.length).toBeGreaterThan(0);
    for (const request of requests) {
      expect(request.headers.get('Authorization')).toBe('Bearer test-token');
      expect(request.headers.get('Accept-Language')).toBe('ru');
    }
  });
});
