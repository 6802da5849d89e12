import { Box, Button, Group, LoadingOverlay, Paper, SegmentedControl, Select, Stack, Switch, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ListPagination } from '@/components/ui/ListPagination';
import { PageHeader } from '@/components/ui/PageHeader';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { MAX_PAGE_SIZE, PAGE_SIZE } from '@/config/constants';
import { pageFromParams, useUrlParams } from '@/hooks/use-url-params';
import { MEETING_KINDS, MEETING_STATES, type MeetingKind, type MeetingState } from '@/lib/api/types';
import { type MeetingFilters, useCreateMeeting, useMeetings } from '../api/meetings';
import { currentMonth, monthRange } from '../time';
import { CalendarFeedSection } from './CalendarFeedSection';
import { MeetingCalendar } from './MeetingCalendar';
import { MeetingCard } from './MeetingCard';
import { MeetingForm } from './MeetingForm';
import type { MeetingFields } from './fields';

type View = 'list' | 'calendar';

function oneOf<T extends string>(value: string | null, values: readonly T[]): T | undefined {
  return values.find((candidate) => candidate === value);
}

/** `/meetings`: the meetings as a list or a month calendar, filtered by kind, state and «только мои» (all in the URL). */
export function MeetingsPage({ fields }: { fields: MeetingFields }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { searchParams, update } = useUrlParams();
  const view: View = searchParams.get('view') === 'calendar' ? 'calendar' : 'list';
  const kind = oneOf(searchParams.get('kind'), MEETING_KINDS);
  const state = oneOf(searchParams.get('state'), MEETING_STATES);
  const mine = searchParams.get('mine') === 'true';
  const monthParam = searchParams.get('month');
  const month = monthParam && /^\d{4}-\d{2}$/.test(monthParam) ? monthParam : currentMonth();
  const page = pageFromParams(searchParams);
  const filters = useMemo<MeetingFilters>(
    () =>
      view === 'calendar'
        ? { kind, state, mine, ...monthRange(month), page: 1, size: MAX_PAGE_SIZE, sort: 'startsAt' }
        : { kind, state, mine, page },
    [view, kind, state, mine, month, page],
  );
  const meetings = useMeetings(filters);
  const create = useCreateMeeting();
  const [creating, setCreating] = useState(false);
  const total = Number(meetings.data?.totalItems ?? 0);

  return (
    <>
      <PageHeader
        title={t('meetings.title')}
        actions={
          meetings.data?.mayCreate && (
            <Button
              onClick={() => {
                create.reset();
                setCreating(true);
              }}
              className="karta-wrap-button"
            >
              {t('meetings.create')}
            </Button>
          )
        }
      />
      <Stack gap="md">
        <SegmentedControl
          value={view}
          onChange={(next) => update({ view: next === 'calendar' ? 'calendar' : null })}
          data={[
            { value: 'list', label: t('meetings.view.list') },
            { value: 'calendar', label: t('meetings.view.calendar') },
          ]}
          aria-label={t('meetings.view.label')}
          style={{ alignSelf: 'flex-start' }}
        />
        <Paper withBorder radius="md" p="sm" component="section" aria-label={t('meetings.filters.label')}>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t('meetings.filters.kind')}
              placeholder={t('meetings.filters.any')}
              data={MEETING_KINDS.map((value) => ({ value, label: t(`meetings.kind.${value}`) }))}
              value={kind ?? null}
              onChange={(value) => update({ kind: value as MeetingKind | null })}
              clearable
              style={{ flex: '1 1 14rem' }}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t('meetings.filters.state')}
              placeholder={t('meetings.filters.any')}
              data={MEETING_STATES.map((value) => ({ value, label: t(`meetings.state.${value}`) }))}
              value={state ?? null}
              onChange={(value) => update({ state: value as MeetingState | null })}
              clearable
              style={{ flex: '1 1 12rem' }}
              comboboxProps={{ withinPortal: true }}
            />
            <Switch
              label={t('meetings.filters.mine')}
              checked={mine}
              onChange={(event) => update({ mine: event.currentTarget.checked })}
              mb={8}
            />
          </Group>
        </Paper>
        {view === 'calendar' ? (
          <MeetingCalendar month={month} onMonthChange={(next) => update({ month: next })} meetings={meetings} />
        ) : meetings.isPending ? (
          <LoadingSkeleton rows={4} />
        ) : meetings.isError ? (
          <ErrorState error={meetings.error} onRetry={() => void meetings.refetch()} />
        ) : (
          <>
            <Text size="sm" fw={500} role="status" aria-live="polite">
              {t('meetings.found', { count: total })}
            </Text>
            {meetings.data.items.length === 0 ? (
              <EmptyResult title={t('meetings.empty')} />
            ) : (
              <Box pos="relative">
                <LoadingOverlay visible={meetings.isPlaceholderData && meetings.isFetching} overlayProps={{ blur: 1 }} />
                <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('meetings.listLabel')}>
                  {meetings.data.items.map((meeting) => (
                    <li key={meeting.id}>
                      <MeetingCard meeting={meeting} />
                    </li>
                  ))}
                </Stack>
              </Box>
            )}
            <ListPagination
              page={page}
              totalItems={total}
              pageSize={PAGE_SIZE}
              onChange={(next) => update({ page: next > 1 ? next : null }, { keepPage: true })}
            />
          </>
        )}
        <CalendarFeedSection />
      </Stack>
      {creating && (
        <MeetingForm
          opened
          onClose={() => setCreating(false)}
          busy={create.isPending}
          error={create.error}
          fields={fields}
          onSubmit={(body) => create.mutate(body, { onSuccess: (meeting) => void navigate(`/meetings/${meeting.id}`) })}
        />
      )}
    </>
  );
}
