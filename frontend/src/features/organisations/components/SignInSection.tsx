import { Alert, Button, Checkbox, Group, Paper, PasswordInput, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { isApiError } from '@/lib/api/problem';
import type { Organisation, SignInInput } from '@/lib/api/types';
import { useServerErrors } from '@/lib/api/use-server-errors';
import { useConfigureSignIn } from '../api/organisations';

interface SignInValues {
  enabled: boolean;
  domain: string;
  linkProvider: boolean;
  identityProvider: { issuer: string; clientId: string; clientSecret: string; displayName: string };
}

function SignInForm({ organisation, onDone }: { organisation: Organisation; onDone: () => void }) {
  const { t } = useTranslation();
  const configure = useConfigureSignIn(organisation.id);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<SignInValues>({
    mode: 'controlled',
    initialValues: {
      enabled: organisation.signIn.enabled,
      domain: organisation.signIn.domain ?? '',
      linkProvider: false,
      identityProvider: { issuer: '', clientId: '', clientSecret: '', displayName: '' },
    },
    validate: (values) => {
      const required = t('people.form.required');
      if (!values.linkProvider) return {};
      const errors: Record<string, string> = {};
      if (!values.domain.trim()) errors.domain = t('organisations.signIn.domainRequired');
      if (!/^https?:\/\/\S+$/i.test(values.identityProvider.issuer.trim()))
        errors['identityProvider.issuer'] = t('organisations.signIn.issuerInvalid');
      if (!values.identityProvider.clientId.trim()) errors['identityProvider.clientId'] = required;
      if (!values.identityProvider.clientSecret) errors['identityProvider.clientSecret'] = required;
      return errors;
    },
  });
  const server = useServerErrors(form);

  const submit = (values: SignInValues) => {
    server.clear();
    setFailure(null);
    const domain = values.domain.trim();
    const provider = values.identityProvider;
    const body: SignInInput = {
      enabled: values.enabled,
      ...(domain ? { domain } : {}),
      ...(values.linkProvider && values.enabled
        ? {
            identityProvider: {
              issuer: provider.issuer.trim(),
              clientId: provider.clientId.trim(),
              clientSecret: provider.clientSecret,
              ...(provider.displayName.trim() ? { displayName: provider.displayName.trim() } : {}),
            },
          }
        : {}),
    };
    configure.mutate(body, {
      onSuccess: onDone,
      // A 503 (the sign-in server is down) gets its own words: nothing changed.
      onError: (error) => (isApiError(error) && error.status === 503 ? setFailure(error) : server.show(error)),
    });
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t('organisations.signIn.configure')}>
      <Stack gap="sm">
        <Switch label={t('organisations.signIn.enabledLabel')} {...form.getInputProps('enabled', { type: 'checkbox' })} />
        <TextInput
          label={t('organisations.signIn.domain')}
          description={t('organisations.signIn.domainHint')}
          placeholder="example.ru"
          autoComplete="off"
          {...form.getInputProps('domain')}
        />
        {form.values.enabled && (
          <Checkbox
            label={
              organisation.signIn.identityProvider ? t('organisations.signIn.replaceProvider') : t('organisations.signIn.linkProvider')
            }
            {...form.getInputProps('linkProvider', { type: 'checkbox' })}
          />
        )}
        {form.values.enabled && form.values.linkProvider && (
          <Stack gap="sm" pl={{ base: 0, sm: 'md' }}>
            <TextInput
              label={t('organisations.signIn.issuer')}
              placeholder="https://sso.example.ru/realms/staff"
              required
              type="url"
              autoComplete="off"
              {...form.getInputProps('identityProvider.issuer')}
            />
            <TextInput
              label={t('organisations.signIn.clientId')}
              required
              autoComplete="off"
              {...form.getInputProps('identityProvider.clientId')}
            />
            <PasswordInput
              label={t('organisations.signIn.clientSecret')}
              required
              autoComplete="new-password"
              {...form.getInputProps('identityProvider.clientSecret')}
            />
            <TextInput
              label={t('organisations.signIn.displayName')}
              autoComplete="off"
              {...form.getInputProps('identityProvider.displayName')}
            />
          </Stack>
        )}
        <ApiErrorAlert error={failure} />
        {server.message && (
          <Alert color="red.9" variant="light" role="alert" title={t('errors.actionFailed')}>
            {server.message}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={configure.isPending}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** «Вход в Карту»: whether the organisation's people may sign in, its e-mail domain and its own identity provider. */
export function SignInSection({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const { signIn } = organisation;
  const none = (
    <Text span size="sm" c="dimmed">
      {t('common.notSpecified')}
    </Text>
  );

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="org-sign-in">
      <Group justify="space-between" gap="xs" wrap="wrap" mb="xs">
        <Title order={2} size="h5" id="org-sign-in">
          {t('organisations.signIn.title')}
        </Title>
        {organisation.permissions.manageSignIn && !editing && (
          <Button variant="light" size="sm" onClick={() => setEditing(true)}>
            {t('organisations.signIn.configure')}
          </Button>
        )}
      </Group>
      {editing ? (
        <SignInForm organisation={organisation} onDone={() => setEditing(false)} />
      ) : (
        <Table variant="vertical" withRowBorders={false} verticalSpacing={6}>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row" w="40%" fw={500}>
                {t('organisations.signIn.state')}
              </Table.Th>
              <Table.Td>{signIn.enabled ? t('organisations.signIn.enabled') : t('organisations.signIn.disabled')}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row" fw={500}>
                {t('organisations.signIn.domain')}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{signIn.domain || none}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row" fw={500}>
                {t('organisations.signIn.provider')}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                {signIn.identityProvider ? (
                  <>
                    {signIn.identityProvider.alias}
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {signIn.identityProvider.issuer}
                    </Text>
                  </>
                ) : (
                  t('organisations.signIn.noProvider')
                )}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
