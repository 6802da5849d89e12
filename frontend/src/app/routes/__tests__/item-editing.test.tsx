import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ItemPermissions, RoadmapPermissions } from '@/lib/api/types';
import { ids, noItemPermissions, noRoadmapPermissions } from '@/testing/fixtures';
import { type ApiData, createApiData, mockApi, problem, server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

const item6 = `/items/${ids.item(6)}`;
const newIn2017 = `/roadmaps/${ids.roadmap2017}/items/new`;

/** The association's data, where the server allows this with the 2017 roadmap and with item 6. */
function allowing(roadmap: Partial<RoadmapPermissions>, item: Partial<ItemPermissions> = {}): ApiData {
  const data = createApiData({ user: 'association' });
  data.roadmaps[0]!.permissions = { ...noRoadmapPermissions, ...roadmap };
  data.items[5]!.permissions = { ...noItemPermissions, ...item };
  return data;
}

type User = ReturnType<typeof renderApp>['user'];

async function typeInto(user: User, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

/** Chooses an organisation in the picker named `label` inside the fieldset `legend`. */
async function chooseOrganisation(user: User, legend: string, label: string, name: string) {
  const group = screen.getByRole('group', { name: legend });
  await user.click(within(group).getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name }));
  await waitFor(() => expect(within(screen.getByRole('group', { name: legend })).getByRole('combobox', { name: label })).toHaveValue(name));
}

describe('adding an item', () => {
  it('offers "Добавить пункт" only where the roadmap permits adding items', async () => {
    renderApp(`/roadmaps/${ids.roadmap2017}`, { data: allowing({}) });
    await screen.findByText('14 пунктов');
    expect(screen.queryByRole('link', { name: 'Добавить пункт' })).not.toBeInTheDocument();
  });

  it('creates an item with a quarter deadline, showing its due date, and opens it', async () => {
    const { user, requestsTo, router } = renderApp(`/roadmaps/${ids.roadmap2017}`, { data: allowing({ createItems: true }) });
    await user.click(await screen.findByRole('link', { name: 'Добавить пункт' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Новый пункт' })).toBeInTheDocument();

    // The next free number after the 14 items, and the roadmap's year (the form shows once the roadmap has loaded).
    expect(await screen.findByRole('textbox', { name: /Номер/ })).toHaveValue('15');
    expect(screen.getByTestId('derived-due-date')).toHaveTextContent('Срок: 31 декабря 2017');
    await typeInto(user, screen.getByRole('textbox', { name: /Мероприятие/ }), 'Провести стратегическую сессию кластера');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Точность срока' }), 'Квартал');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Квартал' }), 'II квартал');
    expect(screen.getByTestId('derived-due-date')).toHaveTextContent('Срок: 30 июня 2017');
    await chooseOrganisation(user, 'Ответственные', 'Организация 1', 'Ассоциация СКК');
    await typeInto(
      user,
      within(screen.getByRole('group', { name: 'Ответственные' })).getByRole('textbox', { name: /Должностное лицо 1/ }),
      'Иванов И.И.',
    );
    await user.click(screen.getByRole('button', { name: 'Добавить пункт' }));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/items\/e0000000-/));
    expect(requestsTo('POST', /\/roadmaps\/[^/]+\/items$/).map((request) => request.body)).toEqual([
      {
        number: '15',
        activity: 'Провести стратегическую сессию кластера',
        deadline: { precision: 'QUARTER', period: '2017-Q2' },
        responsible: [{ organisationId: ids.association, official: 'Иванов И.И.' }],
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: /^15\. Провести стратегическую сессию/ })).toBeInTheDocument();
    expect(screen.getByTestId('flash-message')).toHaveTextContent('Пункт 15 добавлен');
  });

  it('creates an item with a recurring deadline and ordered assisting organisations', async () => {
    const { user, requestsTo } = renderApp(newIn2017, { data: allowing({ createItems: true }) });
    await typeInto(user, await screen.findByRole('textbox', { name: /Мероприятие/ }), 'Совещание по развитию кластера');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Точность срока' }), 'Регулярно');
    expect(screen.getByTestId('derived-due-date')).toHaveTextContent('Срок: 31 декабря 2017');
    await user.selectOptions(screen.getByRole('combobox', { name: /Периодичность/ }), 'ежеквартально');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Год' }), '2018');
    expect(screen.getByTestId('derived-due-date')).toHaveTextContent('Срок: 31 декабря 2018, ежеквартально');
    await typeInto(user, screen.getByRole('textbox', { name: /Как записано в документе/ }), 'раз в квартал');

    await chooseOrganisation(user, 'Ответственные', 'Организация 1', 'Ассоциация СКК');
    const assisting = screen.getByRole('group', { name: 'Соисполнители' });
    await user.click(within(assisting).getByRole('button', { name: 'Добавить соисполнителя' }));
    await chooseOrganisation(user, 'Соисполнители', 'Организация 1', 'АНО «ЦКР Смоленской области»');
    await user.click(within(assisting).getByRole('button', { name: 'Добавить соисполнителя' }));
    await chooseOrganisation(user, 'Соисполнители', 'Организация 2', 'Департамент инвестиционного развития Смоленской области');
    await user.click(within(assisting).getByRole('button', { name: 'Добавить соисполнителя' }));
    await chooseOrganisation(user, 'Соисполнители', 'Организация 3', 'Департамент Смоленской области по образованию и науке');
    // The department of investment first, the department of education out.
    await user.click(
      within(assisting).getByRole('button', { name: 'Переместить выше: Департамент инвестиционного развития Смоленской области' }),
    );
    await user.click(
      within(assisting).getByRole('button', { name: 'Убрать из списка: Департамент Смоленской области по образованию и науке' }),
    );
    expect(within(assisting).getByRole('button', { name: /Переместить выше: Департамент инвестиционного/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Добавить пункт' }));

    await waitFor(() => expect(requestsTo('POST', /\/items$/)).toHaveLength(1));
    expect(requestsTo('POST', /\/items$/)[0]!.body).toEqual({
      number: '15',
      activity: 'Совещание по развитию кластера',
      deadline: { precision: 'RECURRING', period: '2018', recurrence: 'QUARTERLY', text: 'раз в квартал' },
      responsible: [{ organisationId: ids.association }],
      assisting: [{ organisationId: ids.investment }, { organisationId: ids.ckr }],
    });
  });

  it('takes a day typed as ДД.ММ.ГГГГ and keeps its month when the precision becomes coarser', async () => {
    const { user } = renderApp(newIn2017, { data: allowing({ createItems: true }) });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Точность срока' }), 'День');
    const date = screen.getByRole('textbox', { name: /Дата/ });
    await user.clear(date);
    await user.type(date, '15.06.2017');
    expect(screen.getByTestId('derived-due-date')).toHaveTextContent('Срок: 15 июня 2017');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Точность срока' }), 'Месяц');
    expect(screen.getByRole('combobox', { name: 'Месяц' })).toHaveValue('6');
    expect(screen.getByTestId('derived-due-date')).toHaveTextContent('Срок: 30 июня 2017');
  });

  it('checks the form before sending: activity, organisation, recurrence', async () => {
    const { user, requestsTo } = renderApp(newIn2017, { data: allowing({ createItems: true }) });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Точность срока' }), 'Регулярно');
    await user.click(screen.getByRole('button', { name: 'Добавить пункт' }));

    expect(await screen.findByText('Опишите мероприятие')).toBeInTheDocument();
    expect(screen.getByText('Выберите организацию или уберите строку')).toBeInTheDocument();
    expect(screen.getByText('Выберите периодичность')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Мероприятие/ })).toHaveAttribute('aria-invalid', 'true');
    expect(requestsTo('POST', /\/items$/)).toHaveLength(0);
  });

  it('puts the server field errors under their fields and a 409 in a readable alert', async () => {
    server.use(
      mockApi.post('/api/v1/roadmaps/{id}/items', () =>
        problem(400, 'Запрос содержит ошибки', [
          { field: 'deadline.period', message: 'Срок вне допустимого диапазона' },
          { field: 'responsible[0].organisationId', message: 'Организации нет в справочнике' },
        ]),
      ),
    );
    const { user } = renderApp(newIn2017, { data: allowing({ createItems: true }) });
    await typeInto(user, await screen.findByRole('textbox', { name: /Мероприятие/ }), 'Мероприятие');
    await chooseOrganisation(user, 'Ответственные', 'Организация 1', 'Ассоциация СКК');
    await user.click(screen.getByRole('button', { name: 'Добавить пункт' }));

    expect(await screen.findByText('Срок вне допустимого диапазона')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Год' })).toHaveAttribute('aria-invalid', 'true');
    expect(within(screen.getByRole('group', { name: 'Ответственные' })).getByText('Организации нет в справочнике')).toBeInTheDocument();

    server.use(
      mockApi.post('/api/v1/roadmaps/{id}/items', () =>
        problem(409, 'Пункт с номером 15 в этой дорожной карте уже есть.', [
          { field: 'number', message: 'Пункт с номером 15 в этой дорожной карте уже есть.' },
        ]),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Добавить пункт' }));
    const alert = await screen.findByRole('alert', { name: 'Пункт не сохранён' });
    expect(alert).toHaveTextContent('Пункт с номером 15 в этой дорожной карте уже есть.');
    expect(screen.getByRole('textbox', { name: /Номер/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('warns as a text nears its limit and never cuts a pasted text that is too long', async () => {
    const { user, requestsTo } = renderApp(newIn2017, { data: allowing({ createItems: true }) });
    const activity = await screen.findByRole('textbox', { name: /Мероприятие/ });
    await typeInto(user, activity, 'я'.repeat(3700));
    expect(screen.getByText('Осталось 300 символов до предела')).toBeInTheDocument();

    await typeInto(user, activity, 'я'.repeat(301));
    expect(activity).toHaveValue('я'.repeat(4001));
    expect(screen.getByText(/Лишний 1 символ\. Ничего не обрезано: сократите текст до 4000 символов/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Добавить пункт' }));
    expect(await screen.findByText('Не длиннее 4000 символов')).toBeInTheDocument();
    expect(requestsTo('POST', /\/items$/)).toHaveLength(0);
  });
});

describe('changing an item', () => {
  it('offers "Изменить" and "Удалить" only as the item permits', async () => {
    renderApp(item6, { data: allowing({}, { edit: true }) });
    expect(await screen.findByRole('link', { name: 'Изменить' })).toHaveAttribute('href', `/items/${ids.item(6)}/edit`);
    expect(screen.queryByRole('button', { name: 'Удалить' })).not.toBeInTheDocument();
  });

  it('says that the roadmap is archived where the item may not be changed, and offers no dead buttons', async () => {
    const data = allowing({});
    data.roadmaps[0]!.status = 'ARCHIVED';
    renderApp(item6, { data });
    expect(await screen.findByTestId('roadmap-archived')).toHaveTextContent(
      'Дорожная карта в архиве: изменения и отчёты о ходе выполнения закрыты',
    );
    expect(screen.getAllByText(/^Дорожная карта в архиве/)).toHaveLength(1);
    expect(screen.queryByRole('link', { name: 'Изменить' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Удалить' })).not.toBeInTheDocument();
  });

  it('says so when the edit page is opened for an item that may not be changed', async () => {
    renderApp(`${item6}/edit`, { data: allowing({}) });
    expect(await screen.findByText('Изменять этот пункт нельзя')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Сохранить' })).not.toBeInTheDocument();
  });

  it('sends only the changed fields with the version as loaded', async () => {
    const { user, requestsTo, router } = renderApp(item6, { data: allowing({}, { edit: true }) });
    await user.click(await screen.findByRole('link', { name: 'Изменить' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Изменить пункт 6' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Точность срока' })).toHaveValue('YEAR');
    expect(screen.getByRole('textbox', { name: /Как записано в документе/ })).toHaveValue('2017');

    await typeInto(user, screen.getByRole('textbox', { name: /Примечание/ }), 'Согласовать с департаментом');
    const assisting = screen.getByRole('group', { name: 'Соисполнители' });
    await user.click(within(assisting).getByRole('button', { name: /Переместить ниже: Ассоциация/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: /Статус/ }), 'В работе');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(item6));
    expect(requestsTo('PATCH', /roadmap-items/).map((request) => request.body)).toEqual([
      {
        version: 1,
        assisting: [{ organisationId: ids.ckr }, { organisationId: ids.association }],
        note: 'Согласовать с департаментом',
        status: 'IN_PROGRESS',
      },
    ]);
    expect(requestsTo('PATCH', /roadmap-items/)[0]!.headers.get('Content-Type')).toBe('application/merge-patch+json');
    expect(await screen.findByTestId('flash-message')).toHaveTextContent('Пункт 6 сохранён');
    expect(await screen.findByRole('region', { name: 'Примечание' })).toHaveTextContent('Согласовать с департаментом');
  });

  it('shows what the other person changed after a 412, and re-sends my change with the new version', async () => {
    const data = allowing({}, { edit: true });
    server.use(
      mockApi.patch(
        '/api/v1/roadmap-items/{id}',
        () => {
          // Meanwhile someone else changed the activity.
          Object.assign(data.items[5]!, { activity: 'Разработка нормативного акта (новая редакция)', version: 2 });
          return problem(412, 'Версия устарела');
        },
        { once: true },
      ),
    );
    const { user, requestsTo, router } = renderApp(`${item6}/edit`, { data });
    await typeInto(user, await screen.findByRole('textbox', { name: /Примечание/ }), 'Моё примечание');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));

    const conflict = await screen.findByRole('region', { name: 'Пункт изменили, пока вы его редактировали' });
    const activity = within(conflict).getByRole('group', { name: 'Мероприятие' });
    expect(activity).toHaveTextContent('изменил другой пользователь');
    expect(activity).toHaveTextContent(/Было, когда вы открыли: Разработка и утверждение нормативно-правового документа/);
    expect(activity).toHaveTextContent('Сейчас (изменение другого пользователя): Разработка нормативного акта (новая редакция)');
    expect(within(conflict).getByRole('group', { name: 'Примечание' })).toHaveTextContent('Ваше изменение: Моё примечание');
    expect(screen.getByRole('textbox', { name: /Примечание/ })).toHaveValue('Моё примечание');

    await user.click(within(conflict).getByRole('button', { name: 'Применить мои изменения к новой версии' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(item6));
    expect(requestsTo('PATCH', /roadmap-items/).map((request) => request.body)).toEqual([
      { version: 1, note: 'Моё примечание' },
      { version: 2, note: 'Моё примечание' },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: /Разработка нормативного акта \(новая редакция\)/ })).toBeInTheDocument();
  });

  it('drops my changes and loads the current item when I choose so', async () => {
    const data = allowing({}, { edit: true });
    server.use(
      mockApi.patch(
        '/api/v1/roadmap-items/{id}',
        () => {
          Object.assign(data.items[5]!, { note: 'Их примечание', version: 2 });
          return problem(412, 'Версия устарела');
        },
        { once: true },
      ),
    );
    const { user, requestsTo } = renderApp(`${item6}/edit`, { data });
    await typeInto(user, await screen.findByRole('textbox', { name: /Примечание/ }), 'Моё примечание');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    const conflict = await screen.findByRole('region', { name: 'Пункт изменили, пока вы его редактировали' });
    expect(within(conflict).getByRole('group', { name: 'Примечание' })).toHaveTextContent(
      'изменили и вы, и другой пользователь — по-разному',
    );

    await user.click(within(conflict).getByRole('button', { name: 'Отменить мои изменения' }));
    expect(screen.getByRole('textbox', { name: /Примечание/ })).toHaveValue('Их примечание');
    expect(screen.getByText(/В форму загружена текущая версия пункта/)).toBeInTheDocument();
    expect(requestsTo('PATCH', /roadmap-items/)).toHaveLength(1);
  });
});

describe('deleting an item', () => {
  it('asks, naming the number, then deletes the version shown and returns to the roadmap', async () => {
    const { user, requestsTo, router } = renderApp(item6, { data: allowing({}, { delete: true }) });
    await user.click(await screen.findByRole('button', { name: 'Удалить' }));
    const dialog = await screen.findByRole('dialog', { name: 'Удалить пункт 6?' });
    expect(dialog).toHaveTextContent(/Пункт 6 «Разработка и утверждение нормативно-правового документа/);
    expect(requestsTo('DELETE', /roadmap-items/)).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Удалить пункт 6' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/roadmaps/${ids.roadmap2017}`));
    const [request] = requestsTo('DELETE', /roadmap-items/);
    expect(request?.url.pathname).toBe(`/api/v1/roadmap-items/${ids.item(6)}`);
    expect(request?.headers.get('If-Match')).toBe('"1-7f"');
    expect(await screen.findByTestId('flash-message')).toHaveTextContent('Пункт 6 удалён');
    expect(await screen.findByText('13 пунктов')).toBeInTheDocument();
  });

  it('deletes nothing when cancelled, and shows why the server refuses', async () => {
    const { user, requestsTo } = renderApp(item6, { data: allowing({}, { delete: true }) });
    await user.click(await screen.findByRole('button', { name: 'Удалить' }));
    let dialog = await screen.findByRole('dialog', { name: 'Удалить пункт 6?' });
    await user.click(within(dialog).getByRole('button', { name: 'Отмена' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsTo('DELETE', /roadmap-items/)).toHaveLength(0);

    server.use(
      mockApi.delete('/api/v1/roadmap-items/{id}', () =>
        problem(409, 'По пункту уже сообщали о ходе выполнения; удалить его нельзя, можно отменить.'),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Удалить' }));
    dialog = await screen.findByRole('dialog', { name: 'Удалить пункт 6?' });
    await user.click(within(dialog).getByRole('button', { name: 'Удалить пункт 6' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('удалить его нельзя, можно отменить');
  });
});
