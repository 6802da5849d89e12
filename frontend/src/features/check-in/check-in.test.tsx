import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AttendanceView, CheckIn, Meeting, Participant } from '@/lib/api/types';
import { createApiData, json, mockApi, server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

const meetingId = 'f0000000-0000-4000-8000-000000000001';
const otherMeetingId = 'f0000000-0000-4000-8000-000000000002';
const title = 'Ежеквартальное совещание по развитию кластера';
/** 14:05 and 14:12 today, in the test's own time zone (the page shows local time). */
const at = (hours: number, minutes: number) => new Date(2026, 11, 2, hours, minutes).toISOString();

function meeting(): Meeting {
  return {
    id: meetingId,
    kind: 'QUARTERLY',
    bodyId: null,
    bodyName: null,
    title,
    number: '4',
    startsAt: at(14, 0),
    endsAt: null,
    place: 'Смоленск, ул. Тенишевой, 33',
    videoUrl: null,
    state: 'OPEN',
    chair: null,
    secretary: null,
    participant: false,
    myAttendance: null,
    myCheckedInAt: null,
    invitedCount: 3,
    presentCount: 2,
    agendaCount: 0,
    openedAt: at(13, 50),
    startedAt: null,
    closedAt: null,
    cancelledAt: null,
    version: 2,
    createdAt: at(9, 0),
    updatedAt: at(13, 50),
    permissions: {
      edit: true,
      open: false,
      start: true,
      close: false,
      cancel: true,
      manageAgenda: true,
      manageParticipants: true,
      markAttendance: true,
      showCheckInCode: true,
      checkIn: true,
      writeMinutes: false,
      addDecisions: false,
      readDetails: true,
    },
  };
}

let personNumber = 0;
function participant(name: string, extra: Partial<Participant> = {}): Participant {
  personNumber += 1;
  return {
    personId: `c2000000-0000-4000-8000-${String(personNumber).padStart(12, '0')}`,
    name,
    position: null,
    organisationId: null,
    organisationName: 'АНО «ЦКР Смоленской области»',
    attendance: null,
    checkedInAt: null,
    guest: false,
    via: null,
    ...extra,
  };
}

function attendanceOf(participants: Participant[]): AttendanceView {
  const present = participants.filter((p) => p.attendance === 'PRESENT');
  return {
    presentCount: present.length,
    guestCount: present.filter((p) => p.guest).length,
    invitedCount: participants.filter((p) => !p.guest).length,
    excusedCount: 0,
    absentCount: 0,
    participants,
  };
}

/** Serves the meeting, its code and its attendance; `state.participants` may change while the screen runs. */
function serveScreen(participants: Participant[]) {
  const state = { participants };
  server.use(
    mockApi.get('/api/v1/meetings/{id}', () => json(meeting())),
    mockApi.get('/api/v1/meetings/{id}/check-in-code', () =>
      json({
        token: '29561234.q1Vb3lKx8s0dQ2m9ZxY7aA',
        url: `https://karta.example/check-in/${meetingId}?code=29561234.q1Vb3lKx8s0dQ2m9ZxY7aA`,
        expiresAt: new Date(Date.now() + 60_000).toISOString(),
        rotatesEverySeconds: 60,
      }),
    ),
    mockApi.get('/api/v1/meetings/{id}/attendance', () => json(attendanceOf(state.participants))),
  );
  return state;
}

function checkInAnswer(extra: Partial<CheckIn> = {}): CheckIn {
  return {
    meetingId,
    personId: 'c0000000-0000-4000-8000-000000000003',
    checkedInAt: at(14, 5),
    guest: false,
    repeat: false,
    meetingTitle: title,
    ...extra,
  };
}

function problemOf(status: number, type: string, detail: string) {
  return json(
    { type: `urn:karta:problem:${type}`, title: detail, status, detail, requestId: 'req-test' },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

describe('the check-in screen', () => {
  afterEach(() => {
    for (const name of ['fullscreenEnabled', 'fullscreenElement'] as const) Reflect.deleteProperty(document, name);
    Reflect.deleteProperty(HTMLElement.prototype, 'requestFullscreen');
  });

  it('shows the QR code, the count and the arrivals, newest first, and follows new arrivals', async () => {
    const state = serveScreen([
      participant('Орлов Дмитрий', { attendance: 'PRESENT', checkedInAt: at(14, 5), via: 'QR' }),
      participant('Гостева Ольга', { attendance: 'PRESENT', checkedInAt: at(14, 12), via: 'QR', guest: true }),
      participant('Невзоров Игорь'),
    ]);
    const { requestsTo } = renderApp(`/meetings/${meetingId}/check-in-screen`, {
      data: createApiData({ user: 'association' }),
      viewport: 'desktop',
    });

    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    const qr = await screen.findByRole('img', { name: 'QR-код для отметки на совещании' });
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    expect(screen.getByText('Наведите камеру телефона на код')).toBeInTheDocument();
    expect(screen.getByTestId('check-in-url')).toHaveTextContent(`/check-in/${meetingId}?code=`);

    const count = screen.getByTestId('present-count');
    await waitFor(() => expect(count).toHaveTextContent('Отметились: 2'));
    expect(count).toHaveAttribute('aria-live', 'polite');
    const arrivals = within(screen.getByRole('list', { name: 'Пришли' })).getAllByRole('listitem');
    expect(arrivals.map((item) => item.textContent)).toEqual([
      expect.stringContaining('14:12Гостева Ольгагость'),
      expect.stringContaining('14:05Орлов Дмитрий'),
    ]);
    expect(screen.queryByText('Невзоров Игорь')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /К совещанию/ })).toHaveAttribute('href', `/meetings/${meetingId}`);

    // Someone checks in: the next poll brings them, without a reload.
    state.participants = state.participants.map((p) =>
      p.name === 'Невзоров Игорь' ? { ...p, attendance: 'PRESENT', checkedInAt: at(14, 20), via: 'QR' } : p,
    );
    await waitFor(() => expect(count).toHaveTextContent('Отметились: 3'), { timeout: 8000 });
    expect(within(screen.getByRole('list', { name: 'Пришли' })).getAllByRole('listitem')[0]).toHaveTextContent('Невзоров Игорь');
    expect(requestsTo('GET', /\/attendance$/).length).toBeGreaterThanOrEqual(2);
  }, 15_000);

  it('asks for a new code shortly before the shown one expires', async () => {
    serveScreen([]);
    let served = 0;
    server.use(
      mockApi.get('/api/v1/meetings/{id}/check-in-code', () => {
        served += 1;
        const token = `29561234.code${served}`;
        // Expires in 6 s: the next code is due a second from now (5 s ahead of the expiry).
        return json({
          token,
          url: `https://karta.example/check-in/${meetingId}?code=${token}`,
          expiresAt: new Date(Date.now() + 6000).toISOString(),
          rotatesEverySeconds: 60,
        });
      }),
    );
    renderApp(`/meetings/${meetingId}/check-in-screen`, { data: createApiData({ user: 'association' }) });

    const qr = await screen.findByRole('img', { name: 'QR-код для отметки на совещании' });
    expect(qr).toHaveAttribute('data-value', expect.stringContaining('code=29561234.code1'));
    await waitFor(
      () => expect(screen.getByTestId('check-in-qr')).toHaveAttribute('data-value', expect.stringContaining('code=29561234.code2')),
      {
        timeout: 4000,
      },
    );
    expect(screen.getByTestId('check-in-url')).toHaveTextContent('code=29561234.code2');
  });

  it('fills the screen with the code and the count on «Во весь экран»', async () => {
    serveScreen([]);
    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: true });
    const requestFullscreen = vi.fn(async function (this: Element) {
      Object.defineProperty(document, 'fullscreenElement', { configurable: true, value: this });
      document.dispatchEvent(new Event('fullscreenchange'));
    });
    Object.defineProperty(HTMLElement.prototype, 'requestFullscreen', { configurable: true, value: requestFullscreen });
    const { user } = renderApp(`/meetings/${meetingId}/check-in-screen`, { data: createApiData({ user: 'association' }) });

    await user.click(await screen.findByRole('button', { name: 'Во весь экран' }));
    expect(requestFullscreen).toHaveBeenCalledTimes(1);
    const target = requestFullscreen.mock.contexts[0] as HTMLElement;
    expect(target).toContainElement(screen.getByTestId('present-count'));
    expect(target).toContainElement(await screen.findByRole('img', { name: 'QR-код для отметки на совещании' }));
    expect(await screen.findByRole('button', { name: 'Выйти из полноэкранного режима' })).toBeInTheDocument();
  });

  it('says clearly why the code cannot be shown, with the way back to the meeting', async () => {
    serveScreen([]);
    server.use(
      mockApi.get('/api/v1/meetings/{id}/check-in-code', () =>
        problemOf(409, 'meeting-state', 'Отметиться можно, только пока совещание открыто или идёт.'),
      ),
    );
    renderApp(`/meetings/${meetingId}/check-in-screen`, { data: createApiData({ user: 'association' }) });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('QR-код нельзя показать');
    expect(alert).toHaveTextContent('Отметиться можно, только пока совещание открыто или идёт.');
    expect(screen.queryByRole('img', { name: 'QR-код для отметки на совещании' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /К совещанию/ })[0]).toHaveAttribute('href', `/meetings/${meetingId}`);
  });
});

describe('checking in from a phone', () => {
  it('sends the code from the link once and says «Вы отмечены» with the time', async () => {
    server.use(mockApi.post('/api/v1/meetings/{id}/check-ins', () => json(checkInAnswer(), { status: 201 })));
    const { requestsTo, router } = renderApp(`/check-in/${meetingId}?code=29561234.abc`, { data: createApiData({ user: 'member' }) });

    expect(await screen.findByRole('heading', { name: 'Вы отмечены' })).toBeInTheDocument();
    expect(screen.getByText(title)).toBeInTheDocument();
    expect(screen.getByTestId('check-in-result')).toHaveTextContent('2 декабря 2026, 14:05');
    expect(screen.queryByText(/гость/)).not.toBeInTheDocument();
    const posts = requestsTo('POST', new RegExp(`/meetings/${meetingId}/check-ins$`));
    expect(posts).toHaveLength(1);
    await waitFor(() => expect(posts[0]?.body).toEqual({ token: '29561234.abc' }));
    // The used code is gone from the address: a reload does not send it again.
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('link', { name: 'Открыть совещание' })).toHaveAttribute('href', `/meetings/${meetingId}`);
  });

  it('says when the person had already checked in', async () => {
    server.use(mockApi.post('/api/v1/meetings/{id}/check-ins', () => json(checkInAnswer({ repeat: true }), { status: 200 })));
    renderApp(`/check-in/${meetingId}?code=29561234.abc`, { data: createApiData({ user: 'member' }) });
    expect(await screen.findByRole('heading', { name: 'Вы уже отметились в 14:05' })).toBeInTheDocument();
  });

  it('tells a guest that they were not on the list', async () => {
    server.use(mockApi.post('/api/v1/meetings/{id}/check-ins', () => json(checkInAnswer({ guest: true }), { status: 201 })));
    renderApp(`/check-in/${meetingId}?code=29561234.abc`, { data: createApiData({ user: 'member' }) });
    expect(await screen.findByRole('heading', { name: 'Вы отмечены' })).toBeInTheDocument();
    expect(screen.getByText('Вы не были в списке приглашённых — отмечены как гость.')).toBeInTheDocument();
  });

  it('shows why an expired code failed and offers to scan again', async () => {
    const detail = 'Код отметки устарел. Отсканируйте QR-код на экране ещё раз: он обновляется каждую минуту.';
    server.use(mockApi.post('/api/v1/meetings/{id}/check-ins', () => problemOf(400, 'check-in-code-expired', detail)));
    const { user } = renderApp(`/check-in/${meetingId}?code=29561234.old`, { data: createApiData({ user: 'member' }) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Код не подошёл' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(detail);
    await user.click(screen.getByRole('button', { name: 'Сканировать снова' }));
    expect(await screen.findByRole('heading', { name: 'Отметиться на совещании' })).toBeInTheDocument();
  });

  it('shows the detail when the meeting is not open, without offering to scan again', async () => {
    const detail = 'Отметиться можно, только пока совещание открыто или идёт.';
    server.use(mockApi.post('/api/v1/meetings/{id}/check-ins', () => problemOf(409, 'meeting-state', detail)));
    renderApp(`/check-in/${meetingId}?code=29561234.abc`, { data: createApiData({ user: 'member' }) });
    expect(await screen.findByRole('alert')).toHaveTextContent(detail);
    expect(screen.getByRole('heading', { level: 1, name: 'Отметка сейчас закрыта' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Сканировать снова' })).not.toBeInTheDocument();
  });

  it('without a camera says so and takes the pasted link instead, for the meeting the link names', async () => {
    server.use(
      mockApi.post('/api/v1/meetings/{id}/check-ins', ({ params }) =>
        json(checkInAnswer({ meetingId: String(params.id), meetingTitle: 'Заседание научно-технического совета' }), { status: 201 }),
      ),
    );
    const { user, requestsTo, router } = renderApp(`/check-in/${meetingId}`, { data: createApiData({ user: 'member' }) });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Камера недоступна');
    expect(alert).toHaveTextContent('Вставьте ниже код или ссылку с экрана совещания.');
    expect(requestsTo('POST', /check-ins$/)).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: 'Код или ссылка с экрана' }), 'https://example.org/not-karta');
    await user.click(screen.getByRole('button', { name: 'Отметиться' }));
    expect(await screen.findByText(/Это не QR-код отметки на совещании/)).toBeInTheDocument();

    const field = screen.getByRole('textbox', { name: 'Код или ссылка с экрана' });
    await user.clear(field);
    await user.type(field, `https://karta.example/check-in/${otherMeetingId}?code=29561234.xyz`);
    await user.click(screen.getByRole('button', { name: 'Отметиться' }));

    expect(await screen.findByRole('heading', { name: 'Вы отмечены' })).toBeInTheDocument();
    expect(screen.getByText('Заседание научно-технического совета')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/check-in/${otherMeetingId}`);
    const posts = requestsTo('POST', /check-ins$/);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.url.pathname).toBe(`/api/v1/meetings/${otherMeetingId}/check-ins`);
  });

  it('takes a bare code for this meeting', async () => {
    server.use(mockApi.post('/api/v1/meetings/{id}/check-ins', () => json(checkInAnswer(), { status: 201 })));
    const { user, requestsTo } = renderApp(`/check-in/${meetingId}`, { data: createApiData({ user: 'member' }) });
    await user.type(await screen.findByRole('textbox', { name: 'Код или ссылка с экрана' }), ' 29561234.typed ');
    await user.click(screen.getByRole('button', { name: 'Отметиться' }));
    expect(await screen.findByRole('heading', { name: 'Вы отмечены' })).toBeInTheDocument();
    await waitFor(() =>
      expect(requestsTo('POST', new RegExp(`/meetings/${meetingId}/check-ins$`))[0]?.body).toEqual({ token: '29561234.typed' }),
    );
  });
});
