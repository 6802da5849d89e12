import { Badge, Button, Group, Paper, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { AppLink } from '@/components/ui/AppLink';
import { flashState } from '@/components/ui/FlashMessage';
import { ListPagination } from '@/components/ui/ListPagination';
import { EmptyResult, ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { PAGE_SIZE } from '@/config/constants';
import { BODY_KINDS, type BodyKind } from '@/lib/api/types';
import { useBodies, useCreateBody } from '../api/bodies';

function isBodyKind(value: unknown): value is BodyKind {
  return typeof value === 'string' && (BODY_KINDS as readonly string[]).includes(value);
}

function NewBodyForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateBody();
  const form = useForm({
    initialValues: { kind: 'WORKING_GROUP' as BodyKind, name: '', description: '' },
    validate: { name: (value) => (value.trim() ? null : t('bodies.nameRequired')) },
  });
  const kinds = BODY_KINDS.map((kind) => ({ value: kind, label: t(`bodies.kind.${kind}`) }));
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('bodies.add')}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          create.mutate(
            { kind: values.kind, name: values.name.trim(), description: values.description.trim() || null },
            { onSuccess: (body) => void navigate(`/bodies/${body.id}`, { state: flashState('bodies.created', { name: body.name }) }) },
          ),
        )}
      >
        <Stack gap="sm">
          <Select
            label={t('bodies.kindLabel')}
            data={kinds}
            allowDeselect={false}
            required
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('kind')}
          />
          <TextInput label={t('bodies.name')} required {...form.getInputProps('name')} />
          <Textarea label={t('bodies.description')} autosize minRows={2} {...form.getInputProps('description')} />
          <ApiErrorAlert error={create.error} />
          <Group gap="sm">
            <Button type="submit" loading={create.isPending}>
              {t('bodies.create')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** `/bodies`: the council, the working groups and the registry, filtered by kind, with how many members each has. */
export function BodiesDirectory() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind');
  const kind = isBodyKind(kindParam) ? kindParam : undefined;
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const bodies = useBodies({ kind, page });
  const [adding, setAdding] = useState(false);

  const setFilter = (next: string | null) =>
    setParams((previous) => {
      const updated = new URLSearchParams(previous);
      if (next) updated.set('kind', next);
      else updated.delete('kind');
      updated.delete('page');
      return updated;
    });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Select
          label={t('bodies.kindLabel')}
          data={[{ value: '', label: t('bodies.allKinds') }, ...BODY_KINDS.map((k) => ({ value: k, label: t(`bodies.kind.${k}`) }))]}
          value={kind ?? ''}
          onChange={(value) => setFilter(value || null)}
          allowDeselect={false}
          w={{ base: '100%', sm: 420 }}
          comboboxProps={{ withinPortal: true }}
        />
        {bodies.data?.mayCreate && !adding && <Button onClick={() => setAdding(true)}>{t('bodies.add')}</Button>}
      </Group>
      {adding && <NewBodyForm onCancel={() => setAdding(false)} />}
      {bodies.isPending ? (
        <LoadingSkeleton rows={3} />
      ) : bodies.isError ? (
        <ErrorState error={bodies.error} onRetry={() => void bodies.refetch()} />
      ) : bodies.data.items.length === 0 ? (
        <EmptyResult title={kind ? t('bodies.emptyKind') : t('bodies.empty')} />
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('bodies.title')}>
          {bodies.data.items.map((body) => (
            <Paper component="li" key={body.id} withBorder radius="md" p="md">
              <Stack gap={4}>
                <Group gap="xs" wrap="wrap" justify="space-between">
                  <AppLink to={`/bodies/${body.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {body.name}
                  </AppLink>
                  <Text size="sm" fw={500}>
                    {t('bodies.memberCount', { count: body.memberCount })}
                  </Text>
                </Group>
                <Group gap="xs">
                  <Badge color="indigo.9" variant="outline" radius="sm" tt="none" title={t(`bodies.kind.${body.kind}`)}>
                    {t(`bodies.kindShort.${body.kind}`)}
                  </Badge>
                </Group>
                {body.description && (
                  <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {body.description}
                  </Text>
                )}
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
      {bodies.data && (
        <ListPagination
          page={page}
          totalItems={bodies.data.totalItems}
          pageSize={PAGE_SIZE}
          onChange={(next) =>
            setParams((previous) => {
              const updated = new URLSearchParams(previous);
              updated.set('page', String(next));
              return updated;
            })
          }
        />
      )}
    </Stack>
  );
}
