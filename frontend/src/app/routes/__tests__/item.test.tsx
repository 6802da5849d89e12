import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi, problem } from '@/testing/fake-api';
import { ids } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';

const item6 = `/items/${ids.item(6)}`;

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
    const api = new FakeApi({ user: 'department' });
    const { user } = renderApp(item6, { api });
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

    const [post] = api.requestsTo('POST', /progress-updates$/);
    expect(post?.body).toEqual({
      text: 'Проект постановления внесён в Администрацию области.',
      status: 'IN_PROGRESS',
      evidenceUrl: 'https://example.org/act.pdf',
    });
    expect(post?.headers.get('Accept-Language')).toBe('ru');
  });

  it('checks the form like the server: text required, evidence must be an http(s) link', async () => {
    const api = new FakeApi({ user: 'department' });
    const { user } = renderApp(item6, { api });
    const form = await screen.findByRole('region', { name: 'Сообщить о ходе выполнения' });

    await user.click(within(form).getByRole('textbox', { name: /Ссылка на подтверждение/ }));
    await user.paste('ftp://example.org/file');
    await user.click(within(form).getByRole('button', { name: 'Отправить' }));

    expect(await within(form).findByText('Опишите, что сделано')).toBeInTheDocument();
    expect(within(form).getByText('Укажите адрес, начинающийся с http:// или https://')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Что сделано/ })).toHaveAttribute('aria-invalid', 'true');
    expect(api.requestsTo('POST', /progress-updates$/)).toHaveLength(0);
  });

  it('shows the server field errors under the fields', async () => {
    const api = new FakeApi({ user: 'department' });
    api.on('POST', /progress-updates$/, () =>
      problem(400, 'Запрос содержит ошибки', [
        { field: 'text', message: 'текст содержит недопустимые символы' },
        { field: 'evidenceUrl', message: 'ссылка недоступна' },
      ]),
    );
    const { user } = renderApp(item6, { api });
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
    const api = new FakeApi({ user: 'department' });
    api.on('POST', /progress-updates$/, () => problem(403, 'Вы не можете сообщать о ходе выполнения этого пункта'));
    const { user } = renderApp(item6, { api });
    const form = await screen.findByRole('region', { name: 'Сообщить о ходе выполнения' });
    await user.click(within(form).getByRole('textbox', { name: /Что сделано/ }));
    await user.paste('Готово');
    await user.click(within(form).getByRole('button', { name: 'Отправить' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Вы не можете сообщать о ходе выполнения этого пункта');
  });

  it('hides the form from a user who may not update the item', async () => {
    renderApp(item6, { api: new FakeApi({ user: 'member' }) });
    expect(await screen.findByText('Проект документа направлен на согласование в профильные департаменты.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Сообщить о ходе выполнения' })).not.toBeInTheDocument();
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
