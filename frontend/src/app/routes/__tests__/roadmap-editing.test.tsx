import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RoadmapPermissions } from '@/lib/api/types';
import { ids, noRoadmapPermissions } from '@/testing/fixtures';
import { type ApiData, createApiData, mockApi, problem, server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

function allow(data: ApiData, roadmapId: string, permissions: Partial<RoadmapPermissions>): ApiData {
  data.roadmaps.find((roadmap) => roadmap.id === roadmapId)!.permissions = { ...noRoadmapPermissions, ...permissions };
  return data;
}

const draft = `/roadmaps/${ids.roadmap2018}`;
const approved = `/roadmaps/${ids.roadmap2017}`;

describe('creating a roadmap', () => {
  it('offers "Новая дорожная карта" only when the roadmap list permits creating', async () => {
    // The association's role alone decides nothing: the list's permissions say no.
    const data = createApiData({ user: 'association' });
    data.roadmapListPermissions = { create: false };
    renderApp('/roadmaps', { data });
    await screen.findAllByRole('article');
    expect(screen.queryByRole('button', { name: 'Новая дорожная карта' })).not.toBeInTheDocument();
  });

  it('creates a draft for the next calendar year and opens its items with a confirmation', async () => {
    const { user, requestsTo, router } = renderApp('/roadmaps', { data: createApiData({ user: 'association' }) });
    await user.click(await screen.findByRole('button', { name: 'Новая дорожная карта' }));
    const dialog = await screen.findByRole('dialog', { name: 'Новая дорожная карта' });
    const year = new Date().getFullYear() + 1;
    expect(within(dialog).getByRole('textbox', { name: /Начало периода/ })).toHaveValue(`01.01.${year}`);
    expect(within(dialog).getByRole('textbox', { name: /Конец периода/ })).toHaveValue(`31.12.${year}`);

    await user.type(within(dialog).getByRole('textbox', { name: /Название/ }), 'План мероприятий на следующий год');
    await user.type(within(dialog).getByRole('textbox', { name: /Описание/ }), 'Черновик ассоциации');
    await user.click(within(dialog).getByRole('button', { name: 'Создать' }));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/roadmaps\/e0000000-/));
    expect(requestsTo('POST', /\/api\/v1\/roadmaps$/).map((request) => request.body)).toEqual([
      {
        title: 'План мероприятий на следующий год',
        description: 'Черновик ассоциации',
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'План мероприятий на следующий год' })).toBeInTheDocument();
    expect(screen.getByTestId('flash-message')).toHaveTextContent('Дорожная карта «План мероприятий на следующий год» создана');
  });

  it('checks the title and the period before sending', async () => {
    const { user, requestsTo } = renderApp('/roadmaps', { data: createApiData({ user: 'association' }) });
    await user.click(await screen.findByRole('button', { name: 'Новая дорожная карта' }));
    const dialog = await screen.findByRole('dialog', { name: 'Новая дорожная карта' });
    const end = within(dialog).getByRole('textbox', { name: /Конец периода/ });
    await user.clear(end);
    await user.type(end, '01.06.2000');
    await user.click(within(dialog).getByRole('button', { name: 'Создать' }));

    expect(await within(dialog).findByText('Укажите название')).toBeInTheDocument();
    expect(within(dialog).getByText('Конец периода раньше его начала')).toBeInTheDocument();
    expect(requestsTo('POST', /\/api\/v1\/roadmaps$/)).toHaveLength(0);
  });
});

describe('the roadmap page', () => {
  it('offers nothing the roadmap does not permit', async () => {
    renderApp(approved);
    await screen.findByText('14 пунктов');
    for (const name of ['Добавить пункт', 'Изменить дорожную карту', 'Утвердить', 'Перенести в архив']) {
      expect(screen.queryByRole('link', { name })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByTestId('roadmap-archived')).not.toBeInTheDocument();
  });

  it('says that an archived roadmap is frozen', async () => {
    const data = createApiData();
    data.roadmaps[0]!.status = 'ARCHIVED';
    renderApp(approved, { data });
    expect(await screen.findByRole('note')).toHaveTextContent('Дорожная карта в архиве: изменения и отчёты о ходе выполнения закрыты');
  });

  it('changes the title with a patch of only that field and the version loaded', async () => {
    const data = allow(createApiData({ user: 'association' }), ids.roadmap2018, { edit: true });
    const { user, requestsTo } = renderApp(draft, { data });
    await user.click(await screen.findByRole('button', { name: 'Изменить дорожную карту' }));
    const dialog = await screen.findByRole('dialog', { name: 'Изменить дорожную карту' });
    const title = within(dialog).getByRole('textbox', { name: /Название/ });
    expect(title).toHaveValue('«Развитие Смоленского композитного кластера» на 2018 год');
    await user.clear(title);
    await user.type(title, 'Дорожная карта кластера на 2018 год');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));

    expect(await screen.findByText('Изменения сохранены')).toBeInTheDocument();
    expect(requestsTo('PATCH', /\/roadmaps\//).map((request) => request.body)).toEqual([
      { version: 1, title: 'Дорожная карта кластера на 2018 год' },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Дорожная карта кластера на 2018 год' })).toBeInTheDocument();
  });

  it("shows someone else's change to the roadmap and applies mine to the new version", async () => {
    const data = allow(createApiData({ user: 'association' }), ids.roadmap2018, { edit: true });
    server.use(
      mockApi.patch(
        '/api/v1/roadmaps/{id}',
        () => {
          // Meanwhile someone else changed the description: version 2. The body's stale version is refused with 409.
          Object.assign(data.roadmaps[1]!, { description: 'Проект ЦКР', version: 2 });
          return problem(409, 'Поле version устарело: кто-то уже изменил эти данные.', [{ field: 'version', message: 'устарело' }]);
        },
        { once: true },
      ),
    );
    const { user, requestsTo } = renderApp(draft, { data });
    await user.click(await screen.findByRole('button', { name: 'Изменить дорожную карту' }));
    const dialog = await screen.findByRole('dialog', { name: 'Изменить дорожную карту' });
    const title = within(dialog).getByRole('textbox', { name: /Название/ });
    await user.clear(title);
    await user.type(title, 'Новое название');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));

    const conflict = await within(dialog).findByRole('region', { name: 'Дорожную карту изменили, пока вы её редактировали' });
    expect(within(conflict).getByRole('group', { name: 'Описание' })).toHaveTextContent(/изменил другой пользователь.*Проект ЦКР/);
    expect(within(conflict).getByRole('group', { name: 'Название' })).toHaveTextContent(/изменили вы.*Новое название/);
    await user.click(within(conflict).getByRole('button', { name: 'Применить мои изменения к новой версии' }));

    expect(await screen.findByText('Изменения сохранены')).toBeInTheDocument();
    expect(requestsTo('PATCH', /\/roadmaps\//).map((request) => request.body)).toEqual([
      { version: 1, title: 'Новое название' },
      { version: 2, title: 'Новое название' },
    ]);
  });

  it('archives after a confirmation that says what archiving freezes', async () => {
    const data = allow(createApiData({ user: 'association' }), ids.roadmap2017, { archive: true });
    const { user, requestsTo } = renderApp(approved, { data });
    await user.click(await screen.findByRole('button', { name: 'Перенести в архив' }));
    const dialog = await screen.findByRole('dialog', { name: 'Перенести дорожную карту в архив?' });
    expect(dialog).toHaveTextContent('будет заморожена');
    expect(within(dialog).getByText('Изменять её название, период и пункты будет нельзя.')).toBeInTheDocument();
    expect(within(dialog).getByText('Сообщать о ходе выполнения пунктов будет нельзя.')).toBeInTheDocument();
    expect(requestsTo('POST', /\/archive$/)).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Перенести в архив' }));
    expect(await screen.findByText('Дорожная карта перенесена в архив')).toBeInTheDocument();
    expect(requestsTo('POST', new RegExp(`${ids.roadmap2017}/archive$`))).toHaveLength(1);
    expect(await screen.findByTestId('roadmap-archived')).toHaveTextContent('Дорожная карта в архиве');
  });
});
