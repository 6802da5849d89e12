import { Alert, Button, Group, Modal, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictReview, type ConflictRow } from '@/components/ui/ConflictReview';
import { DateField } from '@/components/ui/DateField';
import { LimitedTextarea, LimitedTextInput } from '@/components/ui/LimitedText';
import { LONG_TEXT_MAX, ROADMAP_TITLE_MAX } from '@/config/constants';
import { useIsPhone } from '@/hooks/use-is-desktop';
import { useFormat } from '@/i18n/use-format';
import { isApiError, isStaleVersion } from '@/lib/api/problem';
import type { Roadmap } from '@/lib/api/types';
import { useServerErrors } from '@/lib/api/use-server-errors';
import { changedFields, rebase, threeWayDiff } from '@/lib/three-way';
import { useCreateRoadmap, useReloadRoadmap, useUpdateRoadmap } from '../api/roadmaps';
import {
  newRoadmapValues,
  projectRoadmap,
  ROADMAP_FIELDS,
  roadmapInput,
  roadmapPatch,
  roadmapSchema,
  roadmapToForm,
  type RoadmapFormValues,
} from '../roadmap-form';

/** The version the edit is based on: the values as loaded and their version. */
interface Base {
  values: RoadmapFormValues;
  version: number;
}

/**
 * Creates a roadmap (no `roadmap`) or changes its title, description and period (a `roadmap` whose permissions
 * allow editing). Mount it when it should open; it opens full screen on a phone. An edit sends only the changed
 * fields with the version it was loaded at; when someone changed the roadmap meanwhile it shows both changes and
 * lets the user apply theirs to the new version or take the current one.
 */
export function RoadmapFormDialog({
  roadmap,
  onClose,
  onSaved,
}: {
  roadmap?: Roadmap;
  onClose: () => void;
  onSaved: (roadmap: Roadmap) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const isPhone = useIsPhone();
  const create = useCreateRoadmap();
  const update = useUpdateRoadmap(roadmap?.id ?? '');
  const reload = useReloadRoadmap();
  const [base, setBase] = useState<Base | null>(() => (roadmap ? { values: roadmapToForm(roadmap), version: roadmap.version } : null));
  const [theirs, setTheirs] = useState<Roadmap | null>(null);
  const [conflictMessage, setConflictMessage] = useState<string | null>(null);
  const schema = useMemo(() => roadmapSchema((key, values) => t(key, values)), [t]);
  const form = useForm<RoadmapFormValues>({
    mode: 'controlled',
    initialValues: base?.values ?? newRoadmapValues(),
    validate: zod4Resolver(schema),
  });
  const server = useServerErrors(form);
  const pending = create.isPending || update.isPending;

  const fail = (error: unknown) => {
    if (roadmap && isStaleVersion(error)) {
      reload(roadmap.id).then(setTheirs, server.show);
      return;
    }
    if (isApiError(error) && error.status === 409) setConflictMessage(error.message);
    server.show(error);
  };

  const send = (values: RoadmapFormValues, on: Base | null) => {
    server.clear();
    setConflictMessage(null);
    if (!roadmap || !on) {
      create.mutate(roadmapInput(values), { onSuccess: onSaved, onError: fail });
      return;
    }
    if (changedFields(ROADMAP_FIELDS, on.values, values, projectRoadmap).length === 0) {
      onClose();
      return;
    }
    update.mutate(roadmapPatch(on.values, values, on.version), { onSuccess: onSaved, onError: fail });
  };

  const theirValues = theirs ? roadmapToForm(theirs) : null;
  const show = (field: keyof RoadmapFormValues, values: RoadmapFormValues) => {
    if (field === 'periodStart' || field === 'periodEnd') return format.date(values[field]) || t('history.emptyValue');
    return values[field].trim() || t('history.emptyValue');
  };
  const rows: ConflictRow[] =
    base && theirValues
      ? threeWayDiff(ROADMAP_FIELDS, base.values, form.values, theirValues, projectRoadmap).map((diff) => ({
          key: diff.field,
          label: t(`roadmapForm.${diff.field}`),
          loaded: show(diff.field, base.values),
          theirs: show(diff.field, theirValues),
          mine: show(diff.field, form.values),
          changedByMe: diff.mine,
          changedByThem: diff.theirs,
          conflict: diff.conflict,
        }))
      : [];

  const reapply = () => {
    if (!base || !theirs || !theirValues) return;
    const merged = rebase(ROADMAP_FIELDS, base.values, form.getValues(), theirValues, projectRoadmap);
    const next = { values: theirValues, version: theirs.version };
    form.setValues(merged);
    setBase(next);
    setTheirs(null);
    send(merged, next);
  };
  const discard = () => {
    if (!theirs || !theirValues) return;
    form.setValues(theirValues);
    form.resetDirty(theirValues);
    setBase({ values: theirValues, version: theirs.version });
    setTheirs(null);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={roadmap ? t('roadmapForm.editTitle') : t('roadmapForm.createTitle')}
      fullScreen={isPhone}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={form.onSubmit((values) => send(values, base))} noValidate>
        <Stack gap="sm">
          {theirs && (
            <ConflictReview
              title={t('roadmapForm.conflictTitle')}
              rows={rows}
              onReapply={reapply}
              onDiscard={discard}
              busy={update.isPending}
            />
          )}
          <LimitedTextInput label={t('roadmapForm.title')} max={ROADMAP_TITLE_MAX} required {...form.getInputProps('title')} />
          <LimitedTextarea label={t('roadmapForm.description')} max={LONG_TEXT_MAX} minRows={3} {...form.getInputProps('description')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <DateField label={t('roadmapForm.periodStart')} required {...form.getInputProps('periodStart')} />
            <DateField label={t('roadmapForm.periodEnd')} required {...form.getInputProps('periodEnd')} />
          </SimpleGrid>
          {(server.message || conflictMessage) && (
            <Alert color="red.9" variant="light" role="alert" title={t('errors.actionFailed')}>
              {server.message ?? conflictMessage}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            {!theirs && (
              <Button type="submit" loading={pending}>
                {roadmap ? t('common.save') : t('roadmapForm.create')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
