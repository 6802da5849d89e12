import { Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OverdueBadge } from '@/components/ui/StatusBadge';
import { useFormat } from '@/i18n/use-format';
import type { Deadline, ItemOrganisation } from '@/lib/api/types';

/** The deadline as written in the roadmap, with a badge when the item is overdue. */
export function DeadlineText({ deadline, overdue }: { deadline: Deadline; overdue: boolean }) {
  return (
    <Group gap={6} wrap="wrap">
      <Text span size="sm">
        {deadline.text}
      </Text>
      {overdue && <OverdueBadge size="sm" />}
    </Group>
  );
}

/** "до 30 июня 2017", for a recurring duty "ежеквартально", for an ongoing one "постоянно". */
export function DueDateText({ deadline }: { deadline: Deadline }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (deadline.precision === 'RECURRING' || deadline.recurrence) {
    return <>{deadline.recurrence ? t(`recurrence.${deadline.recurrence}`) : t('items.recurring')}</>;
  }
  if (!deadline.dueDate) return <>{t('items.ongoing')}</>;
  return <>{t('items.dueBy', { date: format.date(deadline.dueDate) })}</>;
}

export function OrganisationName({ organisation }: { organisation: ItemOrganisation }) {
  return (
    <>
      {organisation.organisationName}
      {organisation.official && (
        // A plain span: it takes the size of the text around it, only its colour differs.
        <span style={{ color: 'var(--mantine-color-dimmed)' }}> ({organisation.official})</span>
      )}
    </>
  );
}

/** Organisations of an item, one per line; a dash when there are none. */
export function OrganisationNames({ organisations }: { organisations: readonly ItemOrganisation[] }) {
  if (organisations.length === 0) {
    return (
      <Text span size="sm" c="dimmed">
        —
      </Text>
    );
  }
  if (organisations.length === 1 && organisations[0]) {
    return (
      <Text span size="sm">
        <OrganisationName organisation={organisations[0]} />
      </Text>
    );
  }
  return (
    <List size="sm" spacing={2} listStyleType="none" withPadding={false}>
      {organisations.map((organisation) => (
        <List.Item key={organisation.organisationId}>
          <OrganisationName organisation={organisation} />
        </List.Item>
      ))}
    </List>
  );
}
