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

    expect(within(approved).getByRole('button', { name: /Копировать на следующий период: .*на 2017 год/ })).toBeInTheDocument();
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

  it('asks before copying: names the new title and period, warns that the period has a roadmap, then opens the new draft', async () => {
    const { user, requestsTo, router } = renderApp('/roadmaps', { data: associationData() });
    const approved = (await screen.findAllByRole('article'))[1]!;

    await user.click(within(approved).getByRole('button', { name: /Копировать на следующий период: .*на 2017 год/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Копировать дорожную карту?' });
    expect(await within(dialog).findByText(/Будет создан черновик «.*на 2018 год» на период 2018\./)).toBeInTheDocument();
    expect(within(dialog).getByText(/В него перейдут 14 пунктов; сроки сдвинутся на 1 год\./)).toBeInTheDocument();
    expect(within(dialog).getByRole('note')).toHaveTextContent('На этот период дорожная карта уже есть');
    expect(within(dialog).getByRole('link', { name: /на 2018 год/ })).toHaveAttribute('href', `/roadmaps/${ids.roadmap2018}`);
    expect(within(dialog).getByText('Черновик')).toBeInTheDocument();
    expect(requestsTo('POST', /\/copy$/)).toHaveLength(0);
    expect(within(dialog).getByRole('button', { name: 'Закрыть' })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Создать черновик' }));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/roadmaps\/e0000000-/));
    expect(requestsTo('POST', /\/copy$/)).toHaveLength(1);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('copies nothing when the copy is cancelled, and gives no warning when the next period is free', async () => {
    const data = associationData();
    data.copyPreviews.get(ids.roadmap2017)!.existing = [];
    const { user, requestsTo } = renderApp('/roadmaps', { data });
    const approved = (await screen.findAllByRole('article'))[1]!;
    await user.click(within(approved).getByRole('button', { name: /Копировать/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Копировать дорожную карту?' });
    expect(await within(dialog).findByText(/Будет создан черновик/)).toBeInTheDocument();
    expect(within(dialog).queryByText('На этот период дорожная карта уже есть')).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Отмена' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsTo('POST', /\/copy$/)).toHaveLength(0);
  });

  it('lets the association approve a draft after confirming', async () => {
    const { user, requestsTo } = renderApp('/roadmaps', { data: associationData() });
    const draft = (await screen.findAllByRole('article'))[0]!;
    expect(within((await screen.findAllByRole('article'))[1]!).queryByRole('button', { name: /^Утвердить/ })).not.toBeInTheDocument();

    await user.click(within(draft).getByRole('button', { name: /^Утвердить/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Утвердить дорожную карту?' });
    // The confirmation says what approval locks and what stays open.
    expect(dialog).toHaveTextContent(/на 2018 год» станет действующей дорожной картой/);
    expect(within(dialog).getByText(/Вернуть её в черновики будет нельзя/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Её увидят все/)).toBeInTheDocument();
    expect(within(dialog).getByText(/смогут сообщать о ходе выполнения/)).toBeInTheDocument();
    expect(within(dialog).getByText(/смогут и дальше править пункты/)).toBeInTheDocument();
    expect(requestsTo('POST', /\/approve$/)).toHaveLength(0);
    expect(within(dialog).getByRole('button', { name: 'Закрыть' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Утвердить' }));

    expect(await screen.findByText('Дорожная карта утверждена')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getAllByRole('article')[0]!).getByText('Утверждена')).toBeInTheDocument());
    expect(requestsTo('POST', new RegExp(`${ids.roadmap2018}/approve$`))).toHaveLength(1);
  });

  it('shows the server problem in the dialog when a copy is refused, and stays on the list', async () => {
    server.use(
      mockApi.post('/api/v1/roadmaps/{id}/copy', () => problem(409, 'Копировать можно только утверждённую или архивную дорожную карту')),
    );
    const { user, router } = renderApp('/roadmaps', { data: associationData() });
    const approved = (await screen.findAllByRole('article'))[1]!;
    await user.click(within(approved).getByRole('button', { name: /Копировать/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Копировать дорожную карту?' });
    await user.click(await within(dialog).findByRole('button', { name: 'Создать черновик' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Копировать можно только утверждённую или архивную дорожную карту');
    expect(router.state.location.pathname).toBe('/roadmaps');
  });

  it('shows an error with a retry when the list cannot be loaded', async () => {
    server.use(mockApi.get('/api/v1/roadmaps', () => problem(500, 'Внутренняя ошибка сервера'), { once: true }));
    const { user } = renderApp('/roadmaps');
    expect(await screen.findByRole('alert')).toHaveTextContent('Внутренняя ошибка сервера');
    await user.click(screen.getByRole('button', { name: 'Повторить' }));
    expect(await screen.findAllByRole('article')).toHaveLength(2);
  });
});
