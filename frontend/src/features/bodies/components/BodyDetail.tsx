import { Alert, Badge, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeader } from '@/components/ui/PageHeader';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { isApiError } from '@/lib/api/problem';
import { useBody } from '../api/bodies';
import { AddMemberForm } from './AddMemberForm';
import { BodyEditForm } from './BodyEditForm';
import { BodyHistory } from './BodyHistory';
import { MemberList } from './MemberList';
import type { PersonField } from './fields';

/**
 * One body: its kind and description, the members today and the former ones, and its history. The association and
 * ЦКР (as the body's `permissions` say) rename it, add members, change their roles and end memberships.
 */
export function BodyDetail({ bodyId, PersonPicker }: { bodyId: string; PersonPicker: PersonField }) {
  const { t } = useTranslation();
  const body = useBody(bodyId);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const back = <AppLink to="/bodies">← {t('bodies.back')}</AppLink>;

  if (body.isPending) return <LoadingSkeleton rows={3} />;
  if (body.isError) {
    if (isApiError(body.error) && body.error.status === 404) return <EmptyResult title={t('bodies.notFound')} action={back} />;
    return <ErrorState error={body.error} onRetry={() => void body.refetch()} />;
  }
  const data = body.data;
  const current = data.members.filter((member) => member.current);
  const former = data.members.filter((member) => !member.current);
  const done = (message: string) => {
    setError(null);
    setNotice(message);
  };
  const failed = (failure: unknown) => {
    setNotice(null);
    setError(failure);
  };

  return (
    <Stack gap="md">
      <PageHeader title={data.name} above={back}>
        <Badge color="indigo.9" variant="outline" radius="sm" tt="none" title={t(`bodies.kind.${data.kind}`)}>
          {t(`bodies.kindShort.${data.kind}`)}
        </Badge>
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
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="body-details">
        <Title order={2} size="h5" id="body-details" mb="xs">
          {t('bodies.description')}
        </Title>
        {editing ? (
          <BodyEditForm
            body={data}
            onCancel={() => setEditing(false)}
            onDone={() => {
              setEditing(false);
              done(t('bodies.saved'));
            }}
          />
        ) : (
          <Stack gap="sm" align="flex-start">
            <Text size="sm" c={data.description ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {data.description || t('common.notSpecified')}
            </Text>
            {data.permissions.edit && (
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('bodies.edit')}
              </Button>
            )}
          </Stack>
        )}
      </Paper>
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="body-members">
        <Title order={2} size="h5" id="body-members" mb="xs">
          {t('bodies.members')} ({current.length})
        </Title>
        {current.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('bodies.noMembers')}
          </Text>
        ) : (
          <MemberList
            bodyId={data.id}
            members={current}
            manage={data.permissions.manageMembers}
            label={t('bodies.members')}
            onDone={done}
            onError={failed}
          />
        )}
      </Paper>
      {data.permissions.manageMembers && (
        <AddMemberForm bodyId={data.id} PersonPicker={PersonPicker} onAdded={(name) => done(t('bodies.memberAdded', { name }))} />
      )}
      {former.length > 0 && (
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="body-former">
          <Title order={2} size="h5" id="body-former" mb="xs">
            {t('bodies.formerMembers')}
          </Title>
          <MemberList bodyId={data.id} members={former} former label={t('bodies.formerMembers')} onDone={done} onError={failed} />
        </Paper>
      )}
      <BodyHistory body={data} />
    </Stack>
  );
}
