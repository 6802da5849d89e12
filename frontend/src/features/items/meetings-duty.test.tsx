import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ids } from '@/testing/fixtures';
import { meetingIds } from '@/testing/meeting-fixtures';
import { createApiData } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

describe('item 13, the duty of quarterly meetings', () => {
  it('shows each quarter with its meeting: held, planned or not held', async () => {
    const data = createApiData();
    const item = data.items.find((candidate) => candidate.id === ids.item(13))!;
    item.duty = 'MEETINGS';
    item.meetings = [
      {
        period: '2017-Q1',
        endsAt: '2017-03-31T21:00:00Z',
        meetingId: null,
        title: null,
        startsAt: null,
        state: null,
        held: false,
      },
      {
        period: '2017-Q2',
        endsAt: '2017-06-30T21:00:00Z',
        meetingId: meetingIds.closed,
        title: 'Ежеквартальное совещание за II квартал 2017',
        startsAt: '2017-06-20T09:00:00Z',
        state: 'CLOSED',
        held: true,
      },
      {
        period: '2017-Q3',
        endsAt: '2017-09-30T21:00:00Z',
        meetingId: meetingIds.draft,
        title: 'Ежеквартальное совещание за III квартал 2017',
        startsAt: '2017-09-19T09:00:00Z',
        state: 'DRAFT',
        held: false,
      },
    ];
    renderApp(`/items/${ids.item(13)}`, { data });
    const section = await screen.findByRole('region', { name: 'Совещания по кварталам' });
    expect(within(section).getByTestId('meeting-quarter-2017-Q1')).toHaveTextContent('I квартал 2017: не проведено');
    const held = within(section).getByTestId('meeting-quarter-2017-Q2');
    expect(held).toHaveTextContent('II квартал 2017: проведено — Ежеквартальное совещание за II квартал 2017, 20 июня 2017');
    expect(within(held).getByRole('link')).toHaveAttribute('href', `/meetings/${meetingIds.closed}`);
    expect(within(section).getByTestId('meeting-quarter-2017-Q3')).toHaveTextContent('III квартал 2017: запланировано');
  });

  it('shows nothing of the kind for an ordinary item', async () => {
    renderApp(`/items/${ids.item(6)}`);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: 'Совещания по кварталам' })).not.toBeInTheDocument();
  });
});
