import { Card, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/AppLink';
import { useIsPhone } from '@/hooks/use-is-desktop';
import type { Person } from '@/lib/api/types';
import { AccountStateBadge } from './AccountStateBadge';
import { Contacts } from './Contacts';

function PeopleTable({ people, label, showOrganisation }: { people: readonly Person[]; label: string; showOrganisation: boolean }) {
  const { t } = useTranslation();
  return (
    <Table striped highlightOnHover verticalSpacing="sm" aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('people.name')}</Table.Th>
          <Table.Th scope="col">{t('people.position')}</Table.Th>
          {showOrganisation && <Table.Th scope="col">{t('people.organisation')}</Table.Th>}
          <Table.Th scope="col">{t('people.contacts')}</Table.Th>
          <Table.Th scope="col">{t('people.account')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {people.map((person) => (
          <Table.Tr key={person.id}>
            <Table.Td>
              <AppLink to={`/people/${person.id}`} size="sm">
                {person.name}
              </AppLink>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{person.position ?? '—'}</Text>
            </Table.Td>
            {showOrganisation && (
              <Table.Td>
                <Text size="sm">{person.organisationName}</Text>
              </Table.Td>
            )}
            <Table.Td>
              <Contacts person={person} />
            </Table.Td>
            <Table.Td>
              <AccountStateBadge state={person.accountState} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function PeopleCards({ people, label, showOrganisation }: { people: readonly Person[]; label: string; showOrganisation: boolean }) {
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {people.map((person) => {
        const headingId = `person-card-${person.id}`;
        return (
          <li key={person.id}>
            <Card component="article" withBorder radius="md" padding="sm" aria-labelledby={headingId}>
              <Stack gap={4}>
                <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
                  <Text id={headingId} size="sm" fw={500} style={{ overflowWrap: 'anywhere', flex: '1 1 10rem' }}>
                    <AppLink to={`/people/${person.id}`} inherit>
                      {person.name}
                    </AppLink>
                  </Text>
                  <AccountStateBadge state={person.accountState} />
                </Group>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {[person.position, showOrganisation ? person.organisationName : null].filter(Boolean).join(' · ')}
                </Text>
                <Contacts person={person} />
              </Stack>
            </Card>
          </li>
        );
      })}
    </Stack>
  );
}

/** People as a table on wider screens and as cards on a phone; each name opens the person's page. */
export function PeopleList({
  people,
  label,
  showOrganisation = true,
}: {
  people: readonly Person[];
  label: string;
  showOrganisation?: boolean;
}) {
  const isPhone = useIsPhone();
  return isPhone ? (
    <PeopleCards people={people} label={label} showOrganisation={showOrganisation} />
  ) : (
    <PeopleTable people={people} label={label} showOrganisation={showOrganisation} />
  );
}
