import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Meeting, Person } from '@/lib/api/types';
import { ids } from '@/testing/fixtures';
import { agendaItem, meetingIds, noMeetingPermissions, organiserPermissions, participant } from '@/testing/meeting-fixtures';
import { type ApiData, createApiData, mockApi, problem, server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

function withUser(user: 'association' | 'member' | 'department'): ApiData {
  return createApiData({ user });
}

function meetingOf(data: ApiData, id: string): Meeting {
  return data.meetings.find((meeting) => meeting.id === id)!;
}

describe('the meetings list', () => {
  it('shows each meeting with its kind and state in words, and offers planning only when the list says mayCreate', async () => {
    renderApp('/meetings', { data: withUser('association'), viewport: 'desktop' });
    const list = await screen.findByRole('list', { name: 'Совещания' });
    const cards = within(list).getAllByRole('article');
    expect(cards).toHaveLength(3);
    const draft = screen.getByRole('article', { name: 'Ежеквартальное совещание за III квартал 2017' });
    expect(within(draft).getByText('Черновик')).toBeInTheDocument();
    expect(within(draft).getByText('Ежеквартальное совещание')).toBeInTheDocument();
    expect(within(draft).getByText(/Видеосвязь/)).toBeInTheDocument();
    expect(within(draft).getByRole('link', { name: 'Ежеквартальное совещание за III квартал 2017' })).toHaveAttribute(
      'href',
      `/meetings/${meetingIds.draft}`,
    );
    const closed = screen.getByRole('article', { name: 'Ежеквартальное совещание за II квартал 2017' });
    expect(within(closed).getByText('Завершено')).toBeInTheDocument();
    expect(within(closed).getByText('участников: 12, отметились: 9')).toBeInTheDocument();
    const open = screen.getByRole('article', { name: 'Рабочая группа по биокомпозитам' });
    expect(within(open).getByText('Открыто')).toBeInTheDocument();
    expect(within(open).getByText('Рабочая группа')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Запланировать совещание' })).toBeInTheDocument();
  });

  it('offers no planning to a department, and sends «Только мои» as mine=true', async () => {
    const { user, requestsTo } = renderApp('/meetings', { data: withUser('department') });
    await screen.findByRole('list', { name: 'Совещания' });
    expect(screen.queryByRole('button', { name: 'Запланировать совещание' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: 'Только мои' }));
    await waitFor(() =>
      expect(
        requestsTo('GET', /\/api\/v1\/meetings$/)
          .at(-1)
          ?.url.searchParams.get('mine'),
      ).toBe('true'),
    );
  });

  it('shows the month as a list of days on a phone, asked with from and to of the month', async () => {
    const { user, requestsTo } = renderApp('/meetings?view=calendar&month=2017-09', { data: withUser('member') });
    expect(await screen.findByRole('heading', { name: 'Сентябрь 2017' })).toBeInTheDocument();
    const days = await screen.findByRole('list', { name: 'Сентябрь 2017' });
    expect(within(days).getAllByRole('listitem')).toHaveLength(2);
    expect(within(days).getByRole('link', { name: /Рабочая группа по биокомпозитам/ })).toHaveAttribute(
      'href',
      `/meetings/${meetingIds.open}`,
    );
    const request = requestsTo('GET', /\/api\/v1\/meetings$/).at(-1)!;
    expect(request.url.searchParams.get('from')).toBe('2017-09-01');
    expect(request.url.searchParams.get('to')).toBe('2017-09-30');
    await user.click(screen.getByRole('button', { name: 'Предыдущий месяц' }));
    expect(await screen.findByRole('heading', { name: 'Август 2017' })).toBeInTheDocument();
  });

  it('shows the month as a Monday-first grid on a desktop', async () => {
    renderApp('/meetings?view=calendar&month=2017-09', { data: withUser('member'), viewport: 'desktop' });
    const table = await screen.findByRole('table', { name: 'Сентябрь 2017' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual(['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс']);
    expect(await within(table).findByRole('link', { name: /Ежеквартальное совещание за III квартал 2017/ })).toBeInTheDocument();
  });
});

describe('planning a meeting', () => {
  it('sends the form and opens the new meeting', async () => {
    const { user, requestsTo, router } = renderApp('/meetings', { data: withUser('association'), viewport: 'desktop' });
    await user.click(await screen.findByRole('button', { name: 'Запланировать совещание' }));
    const dialog = await screen.findByRole('dialog', { name: 'Запланировать совещание' });
    await user.type(within(dialog).getByRole('textbox', { name: /Название/ }), 'Совещание по ЦССИ');
    await user.click(within(dialog).getByRole('combobox', { name: 'Вид' }));
    await user.click(await screen.findByRole('option', { name: 'Научно-технический совет' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Дата/ }), '25.09.2017');
    fireEvent.change(within(dialog).getByLabelText(/Начало/), { target: { value: '11:00' } });
    await user.type(within(dialog).getByRole('textbox', { name: /Место/ }), 'Зал заседаний');
    await user.click(within(dialog).getByRole('button', { name: 'Запланировать' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Совещание по ЦССИ' })).toBeInTheDocument();
    const body = requestsTo('POST', /\/api\/v1\/meetings$/)[0]!.body as Record<string, unknown>;
    expect(body).toMatchObject({ title: 'Совещание по ЦССИ', kind: 'COUNCIL', place: 'Зал заседаний', videoUrl: null });
    expect(new Date(String(body.startsAt)).getHours()).toBe(11);
    expect(router.state.location.pathname).toMatch(/^\/meetings\/e0000000-/);
  });

  it('asks for a place or a video link', async () => {
    const { user, requestsTo } = renderApp('/meetings', { data: withUser('association'), viewport: 'desktop' });
    await user.click(await screen.findByRole('button', { name: 'Запланировать совещание' }));
    const dialog = await screen.findByRole('dialog', { name: 'Запланировать совещание' });
    await user.click(within(dialog).getByRole('button', { name: 'Запланировать' }));
    expect(await within(dialog).findByText('Укажите место или ссылку на видеосвязь')).toBeInTheDocument();
    expect(requestsTo('POST', /\/api\/v1\/meetings$/)).toHaveLength(0);
  });
});

describe('a meeting page', () => {
  it('offers the association on a draft «Открыть», «Изменить» and «Отменить», and opening updates the state', async () => {
    const data = withUser('association');
    meetingOf(data, meetingIds.draft).permissions = organiserPermissions('DRAFT');
    const { user, requestsTo } = renderApp(`/meetings/${meetingIds.draft}`, { data, viewport: 'desktop' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ежеквартальное совещание за III квартал 2017' })).toBeInTheDocument();
    expect(screen.getByText('Черновик')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'https://meet.example.ru/karta' })).toHaveAttribute('href', 'https://meet.example.ru/karta');
    expect(screen.getByRole('button', { name: 'Изменить' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Отменить совещание' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Начать' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Завершить' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Протокол (DOCX)' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Открыть' }));
    expect(await screen.findByText('Открыто')).toBeInTheDocument();
    expect(requestsTo('POST', /\/open$/)).toHaveLength(1);
    expect(await screen.findByRole('button', { name: 'Начать' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Открыть' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Показать QR-код для отметки' })).toHaveAttribute(
      'href',
      `/meetings/${meetingIds.draft}/check-in-screen`,
    );
  });

  it('offers a member none of the organiser actions, but «Отметиться» when check-in is allowed', async () => {
    const data = withUser('member');
    Object.assign(meetingOf(data, meetingIds.open), {
      participant: true,
      permissions: { ...noMeetingPermissions, checkIn: true, readDetails: true },
    });
    renderApp(`/meetings/${meetingIds.open}`, { data });
    expect(await screen.findByRole('heading', { level: 1, name: 'Рабочая группа по биокомпозитам' })).toBeInTheDocument();
    for (const name of ['Открыть', 'Начать', 'Завершить', 'Отменить совещание', 'Изменить']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: 'Отметиться' })).toHaveAttribute('href', `/check-in/${meetingIds.open}`);
    expect(screen.getByText('Вы приглашены на это совещание')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Показать QR-код для отметки' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Добавить в календарь (.ics)' })).toBeInTheDocument();
  });

  it('says when the caller checked in, and offers no check-in then', async () => {
    const data = withUser('member');
    Object.assign(meetingOf(data, meetingIds.open), {
      participant: true,
      myAttendance: 'PRESENT',
      myCheckedInAt: new Date(2017, 8, 5, 10, 7).toISOString(),
      permissions: { ...noMeetingPermissions, checkIn: true },
    });
    renderApp(`/meetings/${meetingIds.open}`, { data });
    expect(await screen.findByText('Вы отмечены в 10:07')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Отметиться' })).not.toBeInTheDocument();
    // Without readDetails only the agenda is shown.
    expect(screen.queryByRole('heading', { name: 'Участники' })).not.toBeInTheDocument();
  });

  it('saves the minutes of an agenda item on its version', async () => {
    const data = withUser('association');
    Object.assign(meetingOf(data, meetingIds.open), { state: 'IN_PROGRESS', permissions: organiserPermissions('IN_PROGRESS') });
    data.agenda.set(meetingIds.open, [agendaItem(meetingIds.open, 1, { title: 'О лаборатории селекции', version: 3 })]);
    const { user, requestsTo } = renderApp(`/meetings/${meetingIds.open}`, { data });
    const minutes = await screen.findByRole('region', { name: '1. О лаборатории селекции' });
    await user.type(within(minutes).getByRole('textbox', { name: 'СЛУШАЛИ' }), 'Доклад Рыбченко Т.И.');
    await user.click(within(minutes).getByRole('button', { name: 'Сохранить протокол вопроса «О лаборатории селекции»' }));
    expect(await within(minutes).findByText('Сохранено')).toBeInTheDocument();
    expect(requestsTo('PUT', /\/minutes$/)[0]!.body).toEqual({ heard: 'Доклад Рыбченко Т.И.', spoke: null, version: 3 });
  });

  it('records a decision that becomes a new roadmap item', async () => {
    const data = withUser('association');
    Object.assign(meetingOf(data, meetingIds.open), { state: 'IN_PROGRESS', permissions: organiserPermissions('IN_PROGRESS') });
    const { user, requestsTo } = renderApp(`/meetings/${meetingIds.open}`, { data });
    const form = await screen.findByRole('region', { name: 'Записать решение' });
    expect(within(form).getByText('Для нового пункта нужны ответственная организация и срок.')).toBeInTheDocument();
    await user.type(within(form).getByRole('textbox', { name: /Решение/ }), 'Создать лабораторию селекции');
    await user.click(within(form).getByRole('combobox', { name: 'Ответственная организация' }));
    await user.click(await screen.findByRole('option', { name: 'Департамент Смоленской области по сельскому хозяйству' }));
    await user.type(within(form).getByRole('textbox', { name: 'Срок' }), '31.12.2017');
    await user.click(within(form).getByRole('checkbox', { name: /Создать новый пункт дорожной карты/ }));
    await user.click(within(form).getByRole('button', { name: 'Записать решение' }));
    expect(await within(form).findByText('Решение записано')).toBeInTheDocument();
    expect(requestsTo('POST', /\/decisions$/)[0]!.body).toMatchObject({
      text: 'Создать лабораторию селекции',
      responsibleOrganisationId: ids.agriculture,
      dueDate: '2017-12-31',
      createRoadmapItem: true,
    });
    expect(await screen.findByText('Создать лабораторию селекции')).toBeInTheDocument();
  });
});

describe('the agenda, participants and minutes of a meeting', () => {
  it('lists the agenda with its roadmap items, and moves and deletes questions for the organiser', async () => {
    const data = withUser('association');
    meetingOf(data, meetingIds.draft).permissions = organiserPermissions('DRAFT');
    data.agenda.set(meetingIds.draft, [
      agendaItem(meetingIds.draft, 1, {
        title: 'О ходе выполнения дорожной карты',
        plannedMinutes: 15,
        roadmapItems: [{ id: ids.item(13), roadmapId: ids.roadmap2017, number: '13', activity: 'Проведение совещания' }],
      }),
      agendaItem(meetingIds.draft, 2, { title: 'О ЦССИ', version: 4 }),
    ]);
    const { user, requestsTo } = renderApp(`/meetings/${meetingIds.draft}`, { data });
    const agenda = await screen.findByRole('list', { name: 'Повестка' });
    expect(within(agenda).getByText('1. О ходе выполнения дорожной карты')).toBeInTheDocument();
    expect(within(agenda).getByText('15 минут')).toBeInTheDocument();
    expect(within(agenda).getByRole('link', { name: 'п. 13 — Проведение совещания' })).toHaveAttribute('href', `/items/${ids.item(13)}`);
    await user.click(within(agenda).getByRole('button', { name: 'Переместить выше: О ЦССИ' }));
    await waitFor(() => expect(requestsTo('PATCH', /\/agenda-items\//)[0]?.body).toEqual({ position: 1, version: 4 }));
    expect(await within(agenda).findByText('1. О ЦССИ')).toBeInTheDocument();
    await user.click(within(agenda).getAllByRole('button', { name: 'Удалить' })[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'Удалить вопрос из повестки?' });
    expect(within(dialog).getByText(/Вопрос «О ЦССИ» будет удалён/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Удалить' }));
    await waitFor(() => expect(within(agenda).queryByText(/О ЦССИ/)).not.toBeInTheDocument());
    expect(requestsTo('DELETE', /\/agenda-items\//)).toHaveLength(1);
  });

  it('invites an organisation, says how many were added, marks attendance and takes a participant off', async () => {
    const data = withUser('association');
    Object.assign(meetingOf(data, meetingIds.open), { permissions: organiserPermissions('OPEN') });
    data.participants.set(meetingIds.open, [
      participant(1, { name: 'Сидоров Иван' }),
      participant(2, { name: 'Гость Гостев', guest: true, attendance: 'PRESENT', checkedInAt: '2017-09-05T10:05:00Z', via: 'QR' }),
    ]);
    data.people = [{ ...personLike('c3000000-0000-4000-8000-000000000001', 'Рыбченко Татьяна'), organisationId: ids.agriculture }];
    const { user, requestsTo } = renderApp(`/meetings/${meetingIds.open}`, { data });
    const list = await screen.findByRole('list', { name: 'Участники' });
    const guest = within(list).getByRole('article', { name: 'Гость Гостев' });
    expect(within(guest).getByText('гость')).toBeInTheDocument();
    expect(within(guest).getByText('Присутствует', { selector: '.mantine-Badge-label' })).toBeInTheDocument();
    const sidorov = within(list).getByRole('article', { name: 'Сидоров Иван' });
    expect(within(sidorov).getByText('не отмечен', { selector: '.mantine-Badge-label' })).toBeInTheDocument();

    await user.click(within(sidorov).getByRole('combobox', { name: 'Отметка: Сидоров Иван' }));
    await user.click(await screen.findByRole('option', { name: 'Уважительная причина' }));
    await waitFor(() => expect(requestsTo('PUT', /\/attendance$/)[0]?.body).toEqual({ attendance: 'EXCUSED' }));
    expect(await within(sidorov).findByText('Уважительная причина', { selector: '.mantine-Badge-label' })).toBeInTheDocument();

    const invite = screen.getByRole('region', { name: 'Пригласить' });
    await user.click(within(invite).getByRole('radio', { name: 'Организацию' }));
    await user.click(within(invite).getByRole('combobox', { name: /Организация/ }));
    await user.click(await screen.findByRole('option', { name: 'Департамент Смоленской области по сельскому хозяйству' }));
    await user.click(within(invite).getByRole('button', { name: 'Пригласить' }));
    expect(await within(invite).findByText('Приглашён 1 человек.')).toBeInTheDocument();
    expect(requestsTo('POST', /\/participants$/)[0]!.body).toEqual({ organisationId: ids.agriculture });
    expect(await screen.findByRole('article', { name: 'Рыбченко Татьяна' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Убрать из участников: Гость Гостев' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Гость Гостев' })).not.toBeInTheDocument());
  });

  it('shows the conflict and the text saved meanwhile when the minutes changed', async () => {
    const data = withUser('association');
    Object.assign(meetingOf(data, meetingIds.open), { state: 'IN_PROGRESS', permissions: organiserPermissions('IN_PROGRESS') });
    data.agenda.set(meetingIds.open, [agendaItem(meetingIds.open, 1, { title: 'О лаборатории', version: 2 })]);
    const { user } = renderApp(`/meetings/${meetingIds.open}`, { data });
    const minutes = await screen.findByRole('region', { name: '1. О лаборатории' });
    // Someone else saves first.
    Object.assign(data.agenda.get(meetingIds.open)![0]!, { heard: 'Текст секретаря', version: 3 });
    await user.type(within(minutes).getByRole('textbox', { name: 'ВЫСТУПИЛИ' }), 'Мой текст');
    await user.click(within(minutes).getByRole('button', { name: 'Сохранить протокол вопроса «О лаборатории»' }));
    expect(await within(minutes).findByText('Протокол этого вопроса уже изменили')).toBeInTheDocument();
    expect(await within(minutes).findByText('Текст секретаря')).toBeInTheDocument();
    expect(within(minutes).getByRole('textbox', { name: 'ВЫСТУПИЛИ' })).toHaveValue('Мой текст');
  });

  it('changes the meeting with the version it was loaded in, and shows the sections as tabs on a desktop', async () => {
    const data = withUser('association');
    Object.assign(meetingOf(data, meetingIds.draft), { permissions: organiserPermissions('DRAFT'), version: 7 });
    data.participants.set(meetingIds.draft, [participant(1, { name: 'Сидоров Иван' })]);
    const { user, requestsTo } = renderApp(`/meetings/${meetingIds.draft}`, { data, viewport: 'desktop' });
    await user.click(await screen.findByRole('button', { name: 'Изменить' }));
    const dialog = await screen.findByRole('dialog', { name: 'Изменить совещание' });
    const title = within(dialog).getByRole('textbox', { name: /Название/ });
    expect(title).toHaveValue('Ежеквартальное совещание за III квартал 2017');
    await user.clear(title);
    await user.type(title, 'Совещание за III квартал');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Совещание за III квартал' })).toBeInTheDocument();
    expect(requestsTo('PATCH', /\/meetings\/[^/]+$/)[0]!.body).toMatchObject({ title: 'Совещание за III квартал', version: 7 });

    expect(screen.getByRole('tab', { name: 'Повестка' })).toHaveAttribute('aria-selected', 'true');
    await user.click(screen.getByRole('tab', { name: 'Участники' }));
    expect(await screen.findByRole('article', { name: 'Сидоров Иван' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Протокол' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Решения' })).toBeInTheDocument();
  });

  it('shows a refusal of the server in words', async () => {
    const data = withUser('association');
    meetingOf(data, meetingIds.draft).permissions = organiserPermissions('DRAFT');
    server.use(mockApi.post('/api/v1/meetings/{id}/open', () => problem(409, 'В повестке нет ни одного вопроса')));
    const { user } = renderApp(`/meetings/${meetingIds.draft}`, { data });
    await user.click(await screen.findByRole('button', { name: 'Открыть' }));
    expect(await screen.findByText('В повестке нет ни одного вопроса')).toBeInTheDocument();
  });
});

describe('the files of a meeting', () => {
  afterEach(() => vi.restoreAllMocks());

  it("downloads the .ics and the protocol with the token, under the server's names", async () => {
    const saved: string[] = [];
    URL.createObjectURL = vi.fn(() => 'blob:karta-test/1');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const data = withUser('member');
    Object.assign(meetingOf(data, meetingIds.closed), { participant: true, permissions: { ...noMeetingPermissions, readDetails: true } });
    const { user, requestsTo } = renderApp(`/meetings/${meetingIds.closed}`, { data });
    await user.click(await screen.findByRole('button', { name: 'Добавить в календарь (.ics)' }));
    await waitFor(() => expect(saved).toEqual(['karta-meeting.ics']));
    await user.click(screen.getByRole('button', { name: 'Протокол (DOCX)' }));
    await waitFor(() => expect(saved).toEqual(['karta-meeting.ics', 'karta-protocol.docx']));
    expect(requestsTo('GET', /\/protocol\.docx$/)[0]!.headers.get('Authorization')).toBe('Bearer test-token');
  });
});

describe('the calendar feed', () => {
  it('shows the new URL once, and hides it when revoked', async () => {
    const { user, requestsTo } = renderApp('/meetings', { data: withUser('member') });
    await user.click(await screen.findByRole('button', { name: 'Получить ссылку' }));
    const url = await screen.findByRole('textbox', { name: 'Ссылка для подписки' });
    expect(url).toHaveValue('http://karta.test/api/v1/calendar-feeds/secret-token-123.ics');
    expect(url).toHaveAttribute('readonly');
    expect(screen.getByText(/Любой, у кого есть эта ссылка, увидит ваши совещания/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Отозвать ссылку' }));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Ссылка для подписки' })).not.toBeInTheDocument());
    expect(screen.getByText('Ссылки на календарь нет.')).toBeInTheDocument();
    expect(requestsTo('DELETE', /\/calendar-feed$/)).toHaveLength(1);
  });
});

function personLike(id: string, name: string): Person {
  return {
    id,
    name,
    position: null,
    organisationId: ids.agriculture,
    organisationName: 'Департамент Смоленской области по сельскому хозяйству',
    email: null,
    phone: null,
    accountState: 'NONE',
    roles: [],
    grantableRoles: [],
    invitedAt: null,
    version: 1,
    createdAt: '2017-01-01T00:00:00Z',
    updatedAt: '2017-01-01T00:00:00Z',
    permissions: { edit: false, invite: false, disable: false, enable: false, grantRoles: false },
  };
}
