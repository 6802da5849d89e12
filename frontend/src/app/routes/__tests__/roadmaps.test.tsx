import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RoadmapPermissions } from '@/lib/api/types';
import { ids, noRoadmapPermissions } from '@/testing/fixtures';
import { type ApiData, createApiData, mockApi, problem, server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

/** Sets what the server says the caller may do with a roadmap. */
function allow(data: ApiData, roadmapId: string, permissions: Partial<RoadmapPermissions>) {
  const roadmap = data.roadmaps.find((candidate) => candidate.id === roadmapId)!;
  roadmap.permissions = { ...noRoadmapPermissions, ...permissions };
}

/** The roadmaps as the association sees them: it may copy the approved one and approve the draft. */
function associationData(): ApiData {
  const data = createApiData({ user: 'association' });
  allow(data, ids.roadmap2017, { copy: true, archive: true });
  allow(data, ids.roadmap2018, { approve: true, edit: true, createItems: true });
  return data;
}

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

  it('offers neither copy nor approve when the roadmaps permit neither', async () => {
    renderApp('/roadmaps');
    await screen.findAllByRole('article');
    expect(screen.queryByRole('button', { name: /Копировать/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Утвердить/ })).not.toBeInTheDocument();
  });

  it("offers copy and approve from each roadmap's permissions, whatever the user's role", async () => {
    // A department user, to whom a role-based rule would offer nothing: the server's answer decides.
    const data = createApiData({ user: 'department' });
    allow(data, ids.roadmap2017, { copy: true });
    allow(data, ids.roadmap2018, { approve: true });
    renderApp('/roadmaps', { data });
    const [draft, approved] = (await screen.findAllByRole('article')) as [HTMLElement, HTMLElement];

    expect(within(approved).getByRole('button', { name: /Копировать .*на 2017 год.* на следующий период/ })).toBeInTheDocument();
    expect(within(approved).queryByRole('button', { name: /^Утвердить/ })).not.toBeInTheDocument();
    expect(within(draft).getByRole('button', { name: /^Утвердить .*на 2018 год/ })).toBeInTheDocument();
    expect(within(draft).queryByRole('button', { name: /Копировать/ })).not.toBeInTheDocument();
  });

  it('offers the association nothing its roadmaps do not permit', async () => {
    renderApp('/roadmaps', { data: createApiData({ user: 'association' }) });
    await screen.findAllByRole('article');
    expect(screen.queryByRole('button', { name: /Копировать/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Утвердить/ })).not.toBeInTheDocument();
  });

  it('lets the association copy a roadmap to the next period', async () => {
    const { user, requestsTo } = renderApp('/roadmaps', { data: associationData() });
    const approved = (await screen.findAllByRole('article'))[1]!;

    await user.click(within(approved).getByRole('button', { name: /Копировать .*на 2017 год.* на следующий период/ }));

    expect(await screen.findByText('Создан черновик на следующий период')).toBeInTheDocument();
    expect(requestsTo('POST', /\/copy$/)).toHaveLength(1);
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(3));
  });

  it('lets the association approve a draft after confirming', async () => {
    const { user, requestsTo } = renderApp('/roadmaps', { data: associationData() });
    const draft = (await screen.findAllByRole('article'))[0]!;
    expect(within((await screen.findAllByRole('article'))[1]!).queryByRole('button', { name: /^Утвердить/ })).not.toBeInTheDocument();

    await user.click(within(draft).getByRole('button', { name: /^Утвердить/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Утвердить дорожную карту?' });
    await user.click(within(dialog).getByRole('button', { name: 'Утвердить' }));

    expect(await screen.findByText('Дорожная карта утверждена')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getAllByRole('article')[0]!).getByText('Утверждена')).toBeInTheDocument());
    expect(requestsTo('POST', new RegExp(`${ids.roadmap2018}/approve$`))).toHaveLength(1);
  });

  it('shows the server problem when an action is refused', async () => {
    server.use(mockApi.post('/api/v1/roadmaps/{id}/copy', () => problem(409, 'Черновик на 2018 год уже существует')));
    const { user } = renderApp('/roadmaps', { data: associationData() });
    const approved = (await screen.findAllByRole('article'))[1]!;
    await user.click(within(approved).getByRole('button', { name: /Копировать/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Черновик на 2018 год уже существует');
  });

  it('shows an error with a retry when the list cannot be loaded', async () => {
    server.use(mockApi.get('/api/v1/roadmaps', () => problem(500, 'Внутренняя ошибка сервера'), { once: true }));
    const { user } = renderApp('/roadmaps');
    expect(await screen.findByRole('alert')).toHaveTextContent('Внутренняя ошибка сервера');
    await user.click(screen.getByRole('button', { name: 'Повторить' }));
    expect(await screen.findAllByRole('article')).toHaveLength(2);
  });
});
