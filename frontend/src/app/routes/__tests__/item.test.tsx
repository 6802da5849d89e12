import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ItemPermissions } from '@/lib/api/types';
import { ids, noItemPermissions } from '@/testing/fixtures';
import { type ApiData, createApiData, mockApi, problem, server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

const item6 = `/items/${ids.item(6)}`;

/** The demo data, where the server says the caller may do this with item 6 (and nothing else). */
function item6Allows(permissions: Partial<ItemPermissions>, user: 'department' | 'association' | 'member' = 'department'): ApiData {
  const data = createApiData({ user });
  data.items[5]!.permissions = { ...noItemPermissions, ...permissions };
  return data;
}

/** A responsible organisation: reports progress and changes the status. */
const responsible = { updateProgress: true, changeStatus: true };

describe('item page', () => {
  it('shows the item: heading, status, deadline as written with the due date, organisations with officials', async () => {
    renderApp(item6);

    expect(
      await screen.findByRole('heading', { level: 1, name: /^6\. Разработка и утверждение нормативно-правового документа/ }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('item-status')).toHaveTextContent('Не начато');
    expect(screen.getByText('2017')).toBeInTheDocument();
    expect(screen.getByText(/до 31 декабря 2017/)).toBeInTheDocument();
    expect(screen.getByText('Просрочено')).toBeInTheDocument();

    const responsible = screen.getByRole('region', { name: 'Ответственные' });
    expect(within(responsible).getByText(/Департамент инвестиционного развития Смоленской области/)).toBeInTheDocument();
    expect(within(responsible).getByText('(Стрельцов А.В.)')).toBeInTheDocument();
    const assisting = screen.getByRole('region', { name: 'Соисполнители' });
    expect(within(assisting).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('region', { name: 'Ожидаемый результат' })).toHaveTextContent(
      'Разработан и утвержден нормативно-правовой документ',
    );
    const breadcrumbs = screen.getByRole('navigation', { name: 'Навигационная цепочка' });
    expect(within(breadcrumbs).getByRole('link', { name: 'Дорожные карты' })).toHaveAttribute('href', '/roadmaps');
    expect(await within(breadcrumbs).findByRole('link', { name: /на 2017 год/ })).toHaveAttribute('href', `/roadmaps/${ids.roadmap2017}`);
  });

  it('formats a month deadline as written with its last day', async () => {
    renderApp(`/items/${ids.item(1)}`);
    expect(await screen.findByText('июнь 2017')).toBeInTheDocument();
    expect(screen.getByText(/до 30 июня 2017/)).toBeInTheDocument();
  });

  it('shows a recurring duty as quarterly', async () => {
    renderApp(`/items/${ids.item(13)}`);
    expect(await screen.findByText(/ежеквартально/)).toBeInTheDocument();
  });

  it('shows the progress timeline: author, organisation, time, text and evidence link', async () => {
    renderApp(item6);
    expect(await screen.findByText('Проект документа направлен на согласование в профильные департаменты.')).toBeInTheDocument();
    expect(screen.getByText('Сидоров Иван')).toBeInTheDocument();
    expect(screen.getByText(/АНО «ЦКР Смоленской области» · 15 сентября 2017, \d\d:30/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Подтверждение' })).toHaveAttribute('href', 'https://example.org/docs/draft.pdf');
  });

  it('posts an update with a status change; the timeline and the status badge refresh', async () => {
    const { user, requestsTo } = renderApp(item6, { data: item6Allows(responsible) });
    const form = await screen.findByRole('region', { name: 'Сообщить о ходе выполнения' });

    await user.click(within(form).getByRole('textbox', { name: /Что сделано/ }));
    await user.paste('Проект постановления внесён в Администрацию области.');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Новый статус' }), 'В работе');
    await user.click(within(form).getByRole('textbox', { name: /Ссылка на подтверждение/ }));
    await user.paste('https://example.org/act.pdf');
    await user.click(within(form).getByRole('button', { name: 'Отправить' }));

    const timeline = screen.getByRole('list', { name: 'Ход выполнения, сначала новые' });
    await waitFor(() => expect(within(timeline).getAllByRole('listitem')).toHaveLength(2));
    const newest = within(timeline).getAllByRole('listitem')[0]!;
    expect(newest).toHaveTextContent('Проект постановления внесён в Администрацию области.');
    expect(within(newest).getByText('Статус: Не начато → В работе')).toBeInTheDocument();
    expect(within(newest).getByText('Стрельцов Алексей')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('item-status')).toHaveTextContent('В работе'));
    expect(within(form).getByRole('status')).toHaveTextContent('Сообщение добавлено');
    expect(within(form).getByRole('textbox', { name: /Что сделано/ })).toHaveValue('');

    const [post] = requestsTo('POST', /progress-updates$/);
    expect(post?.body).toEqual({
      text: 'Проект постановления внесён в Администрацию области.',
      status: 'IN_PROGRESS',
      evidenceUrl: 'https://example.org/act.pdf',
    });
    expect(post?.headers.get('Accept-Language')).toBe('ru');
  });

  it('checks the form like the server: text required, evidence must be an http(s) link', async () => {
    const { user, requestsTo } = renderApp(item6, { data: item6Allows(responsible) });
    const form = await screen.findByRole('region', { name: 'Сообщить о ходе выполнения' });

    await user.click(within(form).getByRole('textbox', { name: /Ссылка на подтверждение/ }));
    await user.paste('ftp://example.org/file');
    await user.click(within(form).getByRole('button', { name: 'Отправить' }));

    expect(await within(form).findByText('Опишите, что сделано')).toBeInTheDocument();
    expect(within(form).getByText('Укажите адрес, начинающийся с http:// или https://')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Что сделано/ })).toHaveAttribute('aria-invalid', 'true');
    expect(requestsTo('POST', /progress-updates$/)).toHaveLength(0);
  });

  it('shows the server field errors under the fields', async () => {
    server.use(
      mockApi.post('/api/v1/roadmap-items/{id}/progress-updates', () =>
        problem(400, 'Запрос содержит ошибки', [
          { field: 'text', message: 'текст содержит недопустимые символы' },
          { field: 'evidenceUrl', message: 'ссылка недоступна' },
        ]),
      ),
    );
    const { user } = renderApp(item6, { data: item6Allows(responsible) });
    const form = await screen.findByRole('region', { name: 'Сообщить о ходе выполнения' });

    await user.click(within(form).getByRole('textbox', { name: /Что сделано/ }));
    await user.paste('Готово');
    await user.click(within(form).getByRole('textbox', { name: /Ссылка на подтверждение/ }));
    await user.paste('https://example.org/x');
    await user.click(within(form).getByRole('button', { name: 'Отправить' }));

    expect(await within(form).findByText('текст содержит недопустимые символы')).toBeInTheDocument();
    expect(within(form).getByText('ссылка недоступна')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Что сделано/ })).toHaveValue('Готово');
  });

  it('shows the problem detail when the server refuses without field errors', async () => {
    server.use(
      mockApi.post('/api/v1/roadmap-items/{id}/progress-updates', () =>
        problem(403, 'Вы не можете сообщать о ходе выполнения этого пункта'),
      ),
    );
    const { user } = renderApp(item6, { data: item6Allows(responsible) });
    const form = await screen.findByRole('region', { name: 'Сообщить о ходе выполнения' });
    await user.click(within(form).getByRole('textbox', { name: /Что сделано/ }));
    await user.paste('Готово');
    await user.click(within(form).getByRole('button', { name: 'Отправить' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Вы не можете сообщать о ходе выполнения этого пункта');
  });

  it('hides the form when the item may not be reported on, and says who may report', async () => {
    // The department is responsible for item 6, but the server's answer decides: here it says "may not report".
    renderApp(item6, { data: item6Allows({ updateProgress: false }, 'department') });
    expect(await screen.findByText('Проект документа направлен на согласование в профильные департаменты.')).toBeInTheDocument();
    expect(await screen.findByText('Сообщать о ходе выполнения могут ответственные и соисполнители пункта')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Сообщить о ходе выполнения' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Отправить' })).not.toBeInTheDocument();
  });

  it('says the roadmap is archived when its items take no more reports', async () => {
    const data = item6Allows({ updateProgress: false });
    data.roadmaps.find((roadmap) => roadmap.id === ids.roadmap2017)!.status = 'ARCHIVED';
    renderApp(item6, { data });
    expect(await screen.findByText(/^Дорожная карта в архиве/)).toBeInTheDocument();
    expect(screen.queryByText('Сообщать о ходе выполнения могут ответственные и соисполнители пункта')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Сообщить о ходе выполнения' })).not.toBeInTheDocument();
  });

  it('lets an assisting organisation report progress without a status', async () => {
    // A member user with no organisation, to whom a role-based rule would offer nothing: the item's permissions decide.
    const { user, requestsTo } = renderApp(item6, { data: item6Allows({ updateProgress: true, changeStatus: false }, 'member') });
    const form = await screen.findByRole('region', { name: 'Сообщить о ходе выполнения' });
    expect(within(form).queryByRole('combobox', { name: 'Новый статус' })).not.toBeInTheDocument();
    expect(within(form).getByText(/^Статус пункта меняют ответственные организации, ассоциация и ЦКР/)).toBeInTheDocument();

    await user.click(within(form).getByRole('textbox', { name: /Что сделано/ }));
    await user.paste('Согласовали проект с Ассоциацией.');
    await user.click(within(form).getByRole('button', { name: 'Отправить' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('Сообщение добавлено');
    const timeline = screen.getByRole('list', { name: 'Ход выполнения, сначала новые' });
    await waitFor(() => expect(within(timeline).getAllByRole('listitem')[0]).toHaveTextContent('Согласовали проект с Ассоциацией.'));
    expect(screen.getByTestId('item-status')).toHaveTextContent('Не начато');
    expect(requestsTo('POST', /progress-updates$/).map((request) => request.body)).toEqual([{ text: 'Согласовали проект с Ассоциацией.' }]);
  });

  it('lists the change history in its tab', async () => {
    const { user } = renderApp(item6);
    await user.click(await screen.findByRole('tab', { name: 'История изменений' }));
    const history = await screen.findByRole('list', { name: 'История изменений' });
    expect(within(history).getByText('Пункт изменён')).toBeInTheDocument();
    expect(within(history).getByText(/Сидоров Иван · 1 сентября 2017/)).toBeInTheDocument();
    expect(within(history).getByText('Примечание:')).toBeInTheDocument();
    expect(within(history).getByText(/пусто → Согласовать с департаментом/)).toBeInTheDocument();
    expect(within(history).getByText('Пункт создан')).toBeInTheDocument();
  });

  it('says when the item does not exist', async () => {
    renderApp('/items/00000000-0000-4000-8000-000000000000');
    expect(await screen.findByText('Пункт не найден')).toBeInTheDocument();
  });
});
