import { Alert, Button, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeader } from '@/components/ui/PageHeader';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { useFormat } from '@/i18n/use-format';
import { ApiError, isApiError } from '@/lib/api/problem';
import type { Person } from '@/lib/api/types';
import { useAccountAction, usePerson, type AccountAction } from '../api/people';
import { AccountStateBadge } from './AccountStateBadge';
import { PersonEditForm } from './PersonEditForm';
import { PersonHistory } from './PersonHistory';
import { RolesEditor } from './RolesEditor';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="40%" fw={500}>
        {label}
      </Table.Th>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{children}</Table.Td>
    </Table.Tr>
  );
}

function Details({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const none = (
    <Text span size="sm" c="dimmed">
      {t('common.notSpecified')}
    </Text>
  );
  const roles = person.roles.map((role) => (i18n.exists(`roles.${role}`) ? t(`roles.${role}`) : role)).join(', ');
  return (
    <Table variant="vertical" withRowBorders={false} verticalSpacing={6}>
      <Table.Tbody>
        <Row label={t('people.position')}>{person.position || none}</Row>
        <Row label={t('people.organisation')}>
          <AppLink to={`/organisations/${person.organisationId}`}>{person.organisationName}</AppLink>
        </Row>
        {person.email && (
          <Row label={t('people.email')}>
            <a href={`mailto:${person.email}`}>{person.email}</a>
          </Row>
        )}
        {person.phone && (
          <Row label={t('people.phone')}>
            <a href={`tel:${person.phone.replace(/[^\d+]/g, '')}`}>{person.phone}</a>
          </Row>
        )}
        {person.invitedAt && <Row label={t('people.invitedAt')}>{format.dateTime(person.invitedAt)}</Row>}
        {person.roles.length > 0 && <Row label={t('people.roles')}>{roles}</Row>}
      </Table.Tbody>
    </Table>
  );
}

/**
 * One person: details, and only the actions its `permissions` allow (edit, invite, disable or enable the account,
 * grant roles). The association and ЦКР follow «История изменений» to the audit log; others see the history here.
 */
export function PersonDetail({ personId, canReadAuditLog }: { personId: string; canReadAuditLog: boolean }) {
  const { t } = useTranslation();
  const person = usePerson(personId);
  const account = useAccountAction(personId);
  const [editing, setEditing] = useState(false);
  const [confirmDisable, setConfirmDisable] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const back = <AppLink to="/people">← {t('people.back')}</AppLink>;

  if (person.isPending) return <LoadingSkeleton rows={3} />;
  if (person.isError) {
    if (isApiError(person.error) && person.error.status === 404) {
      return <EmptyResult title={t('people.notFound')} action={back} />;
    }
    return <ErrorState error={person.error} onRetry={() => void person.refetch()} />;
  }
  const data = person.data;
  const { permissions } = data;
  const anyAction = permissions.edit || permissions.invite || permissions.disable || permissions.enable || permissions.grantRoles;

  const run = (action: AccountAction) => {
    setError(null);
    setNotice(null);
    account.mutate(action, {
      onSuccess: (updated) => setNotice(t(`people.done.${action}`, { name: updated.name, email: updated.email ?? '' })),
      onError: setError,
    });
  };

  return (
    <Stack gap="md">
      <PageHeader title={data.name} above={back}>
        <Group gap="xs">
          <AccountStateBadge state={data.accountState} />
        </Group>
      </PageHeader>
      {notice && (
        <Alert
          color="green.9"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}
      <ApiErrorAlert error={error} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="person-details">
          <Title order={2} size="h5" id="person-details" mb="xs">
            {t('people.details')}
          </Title>
          {editing ? (
            <PersonEditForm
              person={data}
              onDone={() => setEditing(false)}
              onStale={() => {
                setEditing(false);
                setNotice(null);
                // The same words as a 412 anywhere: someone changed the person meanwhile; the page shows the new data.
                setError(new ApiError(412, undefined));
                void person.refetch();
              }}
            />
          ) : (
            <Details person={data} />
          )}
        </Paper>
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="person-actions">
          <Title order={2} size="h5" id="person-actions" mb="xs">
            {t('people.actions')}
          </Title>
          <Stack gap="sm" align="flex-start">
            {!anyAction && (
              <Text size="sm" c="dimmed">
                {t('people.noActions')}
              </Text>
            )}
            <Group gap="xs" wrap="wrap">
              {permissions.edit && !editing && (
                <Button variant="default" onClick={() => setEditing(true)}>
                  {t('people.edit')}
                </Button>
              )}
              {permissions.invite && (
                <Button onClick={() => run('invite')} loading={account.isPending && account.variables === 'invite'}>
                  {data.accountState === 'INVITED' ? t('people.inviteAgain') : t('people.invite')}
                </Button>
              )}
              {permissions.enable && (
                <Button
                  variant="light"
                  color="green.9"
                  onClick={() => run('enable')}
                  loading={account.isPending && account.variables === 'enable'}
                >
                  {t('people.enable')}
                </Button>
              )}
              {permissions.disable && (
                <Button variant="outline" color="red.9" onClick={() => setConfirmDisable(true)}>
                  {t('people.disable')}
                </Button>
              )}
            </Group>
            {permissions.grantRoles && data.grantableRoles.length > 0 && (
              <RolesEditor
                key={data.id}
                person={data}
                onSaved={() => {
                  setError(null);
                  setNotice(t('people.rolesSaved'));
                }}
                onError={(failure) => {
                  setNotice(null);
                  setError(failure);
                }}
              />
            )}
            {canReadAuditLog && (
              <AppLink to={`/audit?objectId=${data.id}`} size="sm">
                {t('people.history')}
              </AppLink>
            )}
          </Stack>
        </Paper>
      </SimpleGrid>
      {!canReadAuditLog && <PersonHistory personId={data.id} />}
      <Modal
        opened={confirmDisable}
        onClose={() => setConfirmDisable(false)}
        title={t('people.disableTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text size="sm">{t('people.disableConfirm', { name: data.name })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirmDisable(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red.9"
              loading={account.isPending}
              onClick={() => {
                setConfirmDisable(false);
                run('disable');
              }}
            >
              {t('people.disable')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
