import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi, problem } from '@/testing/fake-api';
import { ids } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';

describe('roadmaps page', () => {
  it('lists the roadmaps, newest period first, with period, status and item count', async () => {
    renderApp('/roadmaps');
    expect(await screen.findByRole('heading', { level: 1, name: 'Дорожные карты' })).toBeInTheDocument();

    const cards = await screen.findAllByRole('article');
    expect(cards).toHaveLength(2);
    const [draft, approved] = cards as [HTMLElement, HTMLElement];
    expect(within(draft).getByRole('heading', { name: /на 2018 год/ })).toBeInTheDocument();
    expect(within(draft).getByText('Черновик')).toBeInTheDocument();
    expect(within(draft).getByText(/0 пунктов/)).toBeInTheDocument();
    expect(within(approved).getByText('Утверждена')).toBeInTheDocument();
    expect(within(approved).getByText(/Период: 2017 · 14 пунктов/)).toBeInTheDocument();
    expect(within(approved).getByRole('link', { name: /на 2017 год/ })).toHaveAttribute('href', `/roadmaps/${ids.roadmap2017}`);
    expect(within(approved).getByRole('link', { name: 'Сводка' })).toHaveAttribute('href', `/roadmaps/${ids.roadmap2017}/dashboard`);
  });

  it('offers neither copy nor approve to a department', async () => {
    renderApp('/roadmaps', { api: new FakeApi({ user: 'department' }) });
    await screen.findAllByRole('article');
    expect(screen.queryByRole('button', { name: /Копировать/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Утвердить/ })).not.toBeInTheDocument();
  });

  it('lets the association copy a roadmap to the next period', async () => {
    const api = new FakeApi({ user: 'association' });
    const { user } = renderApp('/roadmaps', { api });
    const approved = (await screen.findAllByRole('article'))[1]!;

    await user.click(within(approved).getByRole('button', { name: /Копировать .*на 2017 год.* на следующий период/ }));

    expect(await screen.findByText('Создан черновик на следующий период')).toBeInTheDocument();
    expect(api.requestsTo('POST', /\/copy$/)).toHaveLength(1);
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(3));
  });

  it('lets the association approve a draft after confirming', async () => {
    const api = new FakeApi({ user: 'association' });
    const { user } = renderApp('/roadmaps', { api });
    const draft = (await screen.findAllByRole('article'))[0]!;
    expect(within((await screen.findAllByRole('article'))[1]!).queryByRole('button', { name: /^Утвердить/ })).not.toBeInTheDocument();

    await user.click(within(draft).getByRole('button', { name: /^Утвердить/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Утвердить дорожную карту?' });
    await user.click(within(dialog).getByRole('button', { name: 'Утвердить' }));

    expect(await screen.findByText('Дорожная карта утверждена')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getAllByRole('article')[0]!).getByText('Утверждена')).toBeInTheDocument());
    expect(api.requestsTo('POST', new RegExp(`${ids.roadmap2018}/approve$`))).toHaveLength(1);
  });

  it('shows the server problem when an action is refused', async () => {
    const api = new FakeApi({ user: 'association' });
    api.on('POST', /\/copy$/, () => problem(409, 'Черновик на 2018 год уже существует'));
    const { user } = renderApp('/roadmaps', { api });
    const approved = (await screen.findAllByRole('article'))[1]!;
    await user.click(within(approved).getByRole('button', { name: /Копировать/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Черновик на 2018 год уже существует');
  });

  it('shows an error with a retry when the list cannot be loaded', async () => {
    const api = new FakeApi();
    api.on('GET', /^\/api\/v1\/roadmaps$/, () => problem(500, 'Внутренняя ошибка сервера'));
    const { user } = renderApp('/roadmaps', { api });
    expect(await screen.findByRole('alert')).toHaveTextContent('Внутренняя ошибка сервера');
    await user.click(screen.getByRole('button', { name: 'Повторить' }));
    expect(await screen.findAllByRole('article')).toHaveLength(2);
  });
});
