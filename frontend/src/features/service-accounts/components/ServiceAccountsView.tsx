import { Button, Card, Group, Modal, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { useIsPhone } from '@/hooks/use-is-desktop';
import { useFormat } from '@/i18n/use-format';
import type { ServiceAccount } from '@/lib/api/types';
import { useCreateServiceAccount, useRevokeServiceAccount, useRotateSecret, useServiceAccounts } from '../api/service-accounts';
import { SecretDialog } from './SecretDialog';

type Pending = { kind: 'rotate' | 'revoke'; account: ServiceAccount } | null;

function Actions({ account, onAsk }: { account: ServiceAccount; onAsk: (pending: Pending) => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap">
      <Button
        size="xs"
        variant="default"
        onClick={() => onAsk({ kind: 'rotate', account })}
        aria-label={t('serviceAccounts.rotateNamed', { name: account.name })}
      >
        {t('serviceAccounts.rotate')}
      </Button>
      <Button
        size="xs"
        variant="outline"
        color="red.9"
        onClick={() => onAsk({ kind: 'revoke', account })}
        aria-label={t('serviceAccounts.revokeNamed', { name: account.name })}
      >
        {t('serviceAccounts.revoke')}
      </Button>
    </Group>
  );
}

/** The scripts' service accounts: create one (its secret shown once), rotate its secret, revoke it. */
export function ServiceAccountsView() {
  const { t } = useTranslation();
  const format = useFormat();
  const isPhone = useIsPhone();
  const accounts = useServiceAccounts();
  const create = useCreateServiceAccount();
  const rotate = useRotateSecret();
  const revoke = useRevokeServiceAccount();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [shown, setShown] = useState<ServiceAccount | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setNotice(null);
    if (!name.trim()) {
      setNameError(t('people.form.required'));
      return;
    }
    setNameError(null);
    create.mutate(name.trim(), {
      onSuccess: (account) => {
        setName('');
        setShown(account);
      },
      onError: setError,
    });
  };

  const confirm = () => {
    if (!pending) return;
    const { kind, account } = pending;
    setPending(null);
    setError(null);
    setNotice(null);
    if (kind === 'rotate') rotate.mutate(account.id, { onSuccess: setShown, onError: setError });
    else revoke.mutate(account.id, { onSuccess: () => setNotice(t('serviceAccounts.revoked', { name: account.name })), onError: setError });
  };

  const lastUsed = (account: ServiceAccount) => (account.lastUsedAt ? format.dateTime(account.lastUsedAt) : t('serviceAccounts.neverUsed'));
  const items = accounts.data?.items ?? [];

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="sm" component="section" aria-label={t('serviceAccounts.create')}>
        <form onSubmit={submit} noValidate>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('serviceAccounts.name')}
              description={t('serviceAccounts.nameHint')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={nameError}
              required
              style={{ flex: '1 1 16rem' }}
            />
            <Button type="submit" loading={create.isPending}>
              {t('serviceAccounts.create')}
            </Button>
          </Group>
        </form>
      </Paper>
      <ApiErrorAlert error={error} />
      {notice && (
        <Text size="sm" role="status">
          {notice}
        </Text>
      )}
      {accounts.isPending ? (
        <LoadingSkeleton rows={3} />
      ) : accounts.isError ? (
        <ErrorState error={accounts.error} onRetry={() => void accounts.refetch()} />
      ) : items.length === 0 ? (
        <EmptyResult title={t('serviceAccounts.empty')} />
      ) : isPhone ? (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('serviceAccounts.title')}>
          {items.map((account) => (
            <li key={account.id}>
              <Card component="article" withBorder radius="md" padding="sm" aria-label={account.name}>
                <Stack gap={4}>
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {account.name}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {account.clientId}
                  </Text>
                  <Text size="xs">
                    {t('serviceAccounts.created')}: {format.dateTime(account.createdAt)}
                  </Text>
                  <Text size="xs">
                    {t('serviceAccounts.lastUsed')}: {lastUsed(account)}
                  </Text>
                  <Actions account={account} onAsk={setPending} />
                </Stack>
              </Card>
            </li>
          ))}
        </Stack>
      ) : (
        <Table striped verticalSpacing="sm" aria-label={t('serviceAccounts.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('serviceAccounts.name')}</Table.Th>
              <Table.Th scope="col">{t('serviceAccounts.clientId')}</Table.Th>
              <Table.Th scope="col">{t('serviceAccounts.created')}</Table.Th>
              <Table.Th scope="col">{t('serviceAccounts.lastUsed')}</Table.Th>
              <Table.Th scope="col">{t('serviceAccounts.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((account) => (
              <Table.Tr key={account.id}>
                <Table.Td>{account.name}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{account.clientId}</Table.Td>
                <Table.Td>{format.dateTime(account.createdAt)}</Table.Td>
                <Table.Td>{lastUsed(account)}</Table.Td>
                <Table.Td>
                  <Actions account={account} onAsk={setPending} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={pending?.kind === 'revoke' ? t('serviceAccounts.revokeTitle') : t('serviceAccounts.rotateTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text size="sm">
            {pending &&
              (pending.kind === 'revoke'
                ? t('serviceAccounts.revokeConfirm', { name: pending.account.name })
                : t('serviceAccounts.rotateConfirm', { name: pending.account.name }))}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setPending(null)}>
              {t('common.cancel')}
            </Button>
            <Button color={pending?.kind === 'revoke' ? 'red.9' : 'blue.8'} onClick={confirm}>
              {pending?.kind === 'revoke' ? t('serviceAccounts.revoke') : t('serviceAccounts.rotate')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <SecretDialog account={shown} onClose={() => setShown(null)} />
    </Stack>
  );
}
