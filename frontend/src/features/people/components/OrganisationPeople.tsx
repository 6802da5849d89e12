import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AppLink } from '@/components/ui/AppLink';
import { ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { PAGE_SIZE } from '@/config/constants';
import { usePeople } from '../api/people';
import { PeopleList } from './PeopleList';

/** «Сотрудники» of an organisation page: its people, and «Добавить человека» (pre-filled with it) when allowed. */
export function OrganisationPeople({ organisationId, canAdd }: { organisationId: string; canAdd: boolean }) {
  const { t } = useTranslation();
  const people = usePeople({ organisationId, page: 1 });
  const total = Number(people.data?.totalItems ?? 0);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="org-people">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} size="h5" id="org-people">
            {t('people.staff')}
          </Title>
          {canAdd && (
            <Button component={Link} to={`/people/new?organisationId=${organisationId}`} variant="light" size="sm">
              {t('people.add')}
            </Button>
          )}
        </Group>
        {people.isPending ? (
          <LoadingSkeleton rows={2} />
        ) : people.isError ? (
          <ErrorState error={people.error} onRetry={() => void people.refetch()} />
        ) : people.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('people.noStaff')}
          </Text>
        ) : (
          <>
            <PeopleList people={people.data.items} label={t('people.staff')} showOrganisation={false} />
            {total > PAGE_SIZE && (
              <AppLink to={`/people?organisationId=${organisationId}`} size="sm">
                {t('people.allStaff', { count: total })}
              </AppLink>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
