import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Notification } from '@/lib/api/types';
import { createApiData } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

function reminder(id: string, kind: Notification['kind'], period: string, readAt: string | null = null): Notification {
  return {
    id,
    kind,
    period,
    // Due at midnight on 1 May, Moscow time: the last day to submit is 30 April.
    dueAt: '2028-04-30T21:00:00Z',
    meetingId: null,
    meetingTitle: null,
    link: '/reports',
    createdAt: kind === 'OVERDUE' ? '2028-05-02T09:00:00Z' : '2028-04-24T09:00:00Z',
    readAt,
  };
}

function memberWithReminders() {
  const data = createApiData({ user: 'member' });
  data.notifications = [
    reminder('00000000-0000-4000-8000-00000000a002', 'OVERDUE', '2028-Q1'),
    reminder('00000000-0000-4000-8000-00000000a001', 'DUE_SOON', '2028-Q1'),
    reminder('00000000-0000-4000-8000-00000000a000', 'OVERDUE', '2027-Q4', '2028-02-03T08:00:00Z'),
  ];
  return data;
}

describe('notifications', () => {
  it('shows the unread count on the bell in the header, which leads to the list', async () => {
    const { user, router } = renderApp('/roadmaps', { data: memberWithReminders(), viewport: 'desktop' });
    const bell = await screen.findByRole('link', { name: 'Уведомления: 2 непрочитанных' });
    expect(within(screen.getByRole('banner')).getByText('2')).toBeInTheDocument();
    await user.click(bell);
    await waitFor(() => expect(router.state.location.pathname).toBe('/notifications'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Уведомления' })).toBeInTheDocument();
  });

  it('has a bell without a count when everything is read', async () => {
    renderApp('/roadmaps');
    expect(await screen.findByRole('link', { name: 'Уведомления' })).toHaveAttribute('href', '/notifications');
  });

  it('lists reminders read and unread, in Russian, each with a link to the reports', async () => {
    renderApp('/notifications', { data: memberWithReminders() });
    const list = await screen.findByRole('list', { name: 'Уведомления' });
    const cards = within(list).getAllByRole('article');
    expect(cards).toHaveLength(3);
    expect(within(cards[0]!).getByRole('heading', { name: 'Отчёт за 1 квартал 2028 года просрочен' })).toBeInTheDocument();
    expect(within(cards[0]!).getByText('Новое')).toBeInTheDocument();
    expect(within(cards[1]!).getByRole('heading', { name: 'Скоро срок сдачи отчёта за 1 квартал 2028 года' })).toBeInTheDocument();
    expect(within(cards[1]!).getByText(/Срок сдачи — 30 апреля 2028/)).toBeInTheDocument();
    expect(within(cards[2]!).getByText('Прочитано')).toBeInTheDocument();
    expect(within(cards[2]!).queryByRole('button', { name: 'Отметить прочитанным' })).not.toBeInTheDocument();
    for (const card of cards) {
      expect(within(card).getByRole('link', { name: 'Перейти к отчётам' })).toHaveAttribute('href', '/reports');
    }
    expect(screen.getByText('2 непрочитанных уведомления')).toBeInTheDocument();
  });

  it('marks one read, and then all, updating the bell', async () => {
    const { user, requestsTo } = renderApp('/notifications', { data: memberWithReminders() });
    const list = await screen.findByRole('list', { name: 'Уведомления' });
    await user.click(within(within(list).getAllByRole('article')[0]!).getByRole('button', { name: 'Отметить прочитанным' }));
    expect(await screen.findByRole('link', { name: 'Уведомления: 1 непрочитанное' })).toBeInTheDocument();
    expect(requestsTo('POST', /\/notifications\/00000000-0000-4000-8000-00000000a002\/read$/)).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Отметить все прочитанными' }));
    expect(await screen.findByText('Все уведомления прочитаны')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Уведомления' })).toBeInTheDocument();
    expect(requestsTo('POST', /\/notifications\/read-all$/)).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Отметить все прочитанными' })).not.toBeInTheDocument();
  });

  it('says so when there are none, and speaks English when asked', async () => {
    renderApp('/notifications', { language: 'en' });
    expect(await screen.findByText('No notifications')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Notifications' })).toBeInTheDocument();
  });

  it('gives the bell and the buttons a 44 px target', async () => {
    renderApp('/notifications', { data: memberWithReminders() });
    const bell = await screen.findByRole('link', { name: 'Уведомления: 2 непрочитанных' });
    expect(bell.style.getPropertyValue('--ai-size')).toBe('calc(2.75rem * var(--mantine-scale))');
    const markAll = await screen.findByRole('button', { name: 'Отметить все прочитанными' });
    expect(markAll.style.minHeight).toBe('calc(2.75rem * var(--mantine-scale))');
  });
});
