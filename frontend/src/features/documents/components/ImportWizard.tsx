import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  FileInput,
  Group,
  List,
  NativeSelect,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { BADGE_NEVER_CUT } from '@/components/ui/StatusBadge';
import { ErrorState, LoadingSkeleton } from '@/components/ui/QueryStates';
import { useFormat } from '@/i18n/use-format';
import type { UploadProgress } from '@/lib/api/client';
import type { OrganisationFieldProps } from '@/lib/pickers';
import {
  ORGANISATION_KINDS,
  type ImportMatch,
  type OrganisationKind,
  type Roadmap,
  type RoadmapImportCommitInput,
  type RoadmapImportItem,
  type RoadmapImportParty,
  type RoadmapImportPartyInput,
  type RoadmapImportItemChoiceInput,
  type RoadmapImportPreview,
} from '@/lib/api/types';
import { useCommitImport, useCreateImport, useRoadmapImport } from '../api/documents';

/** What the wizard is given to choose an existing organisation with (the organisations feature's picker). */
export type ImportOrganisationPickerProps = OrganisationFieldProps;

/** Accepted files: a Word document or the table's text export; the server tells them by their content. */
export const IMPORT_ACCEPT = '.docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';

// Badges in dark shades: white text on them keeps a contrast of at least 4.5:1.
const MATCH_COLORS: Record<ImportMatch, string> = {
  NAME: 'green.9',
  ALIAS: 'green.9',
  BEGINNING: 'yellow.9',
  PROPOSED: 'orange.9',
  MEMBERS: 'blue.8',
};

/** Step 1: choose the document and read it, with the upload's progress. */
export function ImportUpload({ onRead }: { onRead: (preview: RoadmapImportPreview) => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const create = useCreateImport();
  const sentAll = progress !== null && progress.total > 0 && progress.loaded >= progress.total;
  const percent = progress && progress.total > 0 ? Math.round((progress.loaded * 100) / progress.total) : 0;
  return (
    <Card withBorder padding="lg" maw={640}>
      <Stack gap="md">
        <Text size="sm">{t('documents.import.intro')}</Text>
        <FileInput
          label={t('documents.import.file')}
          description={t('documents.import.fileDescription')}
          placeholder={t('documents.import.choose')}
          accept={IMPORT_ACCEPT}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            create.reset();
          }}
          clearable
        />
        {create.isPending && (
          <Stack gap={4} role="status" aria-live="polite">
            <Progress value={sentAll ? 100 : percent} animated={sentAll} aria-label={t('documents.import.progress')} />
            <Text size="sm">{sentAll ? t('documents.import.reading') : t('documents.import.sending', { percent })}</Text>
          </Stack>
        )}
        {create.isError && <ApiErrorAlert error={create.error} title={t('documents.import.failed')} />}
        <Group>
          <Button
            disabled={!file}
            loading={create.isPending}
            onClick={() => {
              if (!file) return;
              setProgress(null);
              create.mutate({ file, onProgress: setProgress }, { onSuccess: onRead });
            }}
          >
            {t('documents.import.read')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The state of the choices made on a preview. */
interface Choices {
  /** The title typed, or null while it is the document's; an emptied field commits the document's title. */
  title: string | null;
  skipped: number[];
  deadlines: Record<number, string>;
  proposals: Record<string, { organisationId: string | null; kind: OrganisationKind }>;
  /** Organisations chosen instead of those read, by item index, role and the party's place: an organisation id. */
  replaced?: Record<number, Partial<Record<Role, Record<number, string>>>>;
}

type Role = 'responsible' | 'assisting';

/** A party as the commit names it: the organisation chosen instead, else as it was read. */
function partyInput(party: RoadmapImportParty, replacement: string | undefined): RoadmapImportPartyInput {
  const official = party.official ? { official: party.official } : {};
  if (replacement) return { organisationId: replacement, ...official };
  if (party.match === 'MEMBERS') return { members: true };
  if (party.match === 'PROPOSED' && party.proposedKey) return { proposedKey: party.proposedKey, ...official };
  return { organisationId: party.organisationId ?? undefined, ...official };
}

/** The commit's body from the choices: only what differs from the preview. */
export function commitBody(preview: RoadmapImportPreview, choices: Choices): RoadmapImportCommitInput {
  const items = preview.items.flatMap((item): RoadmapImportItemChoiceInput[] => {
    if (choices.skipped.includes(item.index)) return [{ index: item.index, skip: true }];
    const deadline = (choices.deadlines[item.index] ?? '').trim();
    const replaced = choices.replaced?.[item.index] ?? {};
    const roles = (['responsible', 'assisting'] as const).filter((role) => Object.keys(replaced[role] ?? {}).length > 0);
    if (!deadline && roles.length === 0) return [];
    const choice: RoadmapImportItemChoiceInput = { index: item.index, ...(deadline ? { deadline: { text: deadline } } : {}) };
    for (const role of roles) {
      choice[role] = item[role].map((party, i) => partyInput(party, replaced[role]?.[i]));
    }
    return [choice];
  });
  const organisations = preview.organisations.proposed.map((proposal) => {
    const chosen = choices.proposals[proposal.key];
    return chosen?.organisationId
      ? { key: proposal.key, organisationId: chosen.organisationId }
      : { key: proposal.key, kind: chosen?.kind ?? proposal.kind };
  });
  const title = (choices.title ?? '').trim();
  return {
    ...(title && title !== preview.roadmap.title ? { title } : {}),
    ...(items.length > 0 ? { items } : {}),
    ...(organisations.length > 0 ? { organisations } : {}),
  };
}

/** What still stops the commit: items whose deadline was not understood and none was typed. */
export function missingDeadlines(preview: RoadmapImportPreview, choices: Choices): RoadmapImportItem[] {
  return preview.items.filter(
    (item) => !item.deadline && !choices.skipped.includes(item.index) && (choices.deadlines[item.index] ?? '').trim() === '',
  );
}

function PartyBadges({
  parties,
  members,
  replaced,
  onReplace,
  renderOrganisationPicker,
}: {
  parties: RoadmapImportParty[];
  members: number;
  replaced: Record<number, string>;
  onReplace: (place: number, organisationId: string | null) => void;
  renderOrganisationPicker: (props: ImportOrganisationPickerProps) => ReactNode;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<number | null>(null);
  // On a phone the picker opens below the fold: bring it into view.
  const picker = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (editing !== null) picker.current?.scrollIntoView?.({ block: 'nearest' });
  }, [editing]);
  if (parties.length === 0) return <Text size="sm">{t('common.none')}</Text>;
  return (
    <Stack gap={4}>
      {parties.map((party, i) => (
        <Stack key={i} gap={4}>
          <Group gap={6} wrap="wrap">
            <Badge color={replaced[i] ? 'indigo.9' : MATCH_COLORS[party.match]} styles={BADGE_NEVER_CUT} size="sm">
              {replaced[i] ? t('documents.import.match.CHOSEN') : t(`documents.import.match.${party.match}`, { count: members })}
            </Badge>
            <Text size="sm">
              {party.organisationName && party.match !== 'PROPOSED' ? party.organisationName : party.written}
              {party.official ? ` (${party.official})` : ''}
            </Text>
            {party.match !== 'MEMBERS' && (
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => setEditing(editing === i ? null : i)}
                aria-expanded={editing === i}
                aria-label={t('documents.import.changeNamed', { name: party.written })}
              >
                {t('documents.import.change')}
              </Button>
            )}
          </Group>
          {editing === i && (
            <div ref={picker}>
              {renderOrganisationPicker({
                label: t('documents.import.changeTo', { name: party.written }),
                value: replaced[i] ?? null,
                onChange: (organisationId) => onReplace(i, organisationId),
              })}
            </div>
          )}
        </Stack>
      ))}
    </Stack>
  );
}

/** Step 2: what was understood, the choices to make, and the commit. */
export function ImportPreviewView({
  importId,
  onCommitted,
  renderOrganisationPicker,
}: {
  importId: string;
  onCommitted: (roadmap: Roadmap) => void;
  renderOrganisationPicker: (props: ImportOrganisationPickerProps) => ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const preview = useRoadmapImport(importId);
  const commit = useCommitImport(importId);
  const [choices, setChoices] = useState<Choices>({ title: null, skipped: [], deadlines: {}, proposals: {} });
  if (preview.isError) return <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />;
  if (!preview.data) return <LoadingSkeleton />;
  const data = preview.data;
  const missing = missingDeadlines(data, choices);
  const members = data.organisations.memberEnterprises;
  const unmapped = data.organisations.proposed.filter((p) => !choices.proposals[p.key]?.organisationId);
  const blockedByOrganisations = !data.permissions.createOrganisations && unmapped.length > 0;
  const warningsOf = (index: number) => data.warnings.filter((w) => w.item === index);
  const replace = (index: number, role: Role, place: number, organisationId: string | null) => {
    const forItem = { ...(choices.replaced?.[index] ?? {}) };
    const forRole = { ...(forItem[role] ?? {}) };
    if (organisationId) forRole[place] = organisationId;
    else delete forRole[place];
    forItem[role] = forRole;
    setChoices({ ...choices, replaced: { ...(choices.replaced ?? {}), [index]: forItem } });
  };
  return (
    <Stack gap="lg">
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Text size="sm">
            {t('documents.import.file')}: <b>{data.fileName}</b> ·{' '}
            {t('documents.import.counts', {
              items: data.items.length,
              matched: data.organisations.matched.length,
              proposed: data.organisations.proposed.length,
            })}
          </Text>
          <TextInput
            label={t('documents.import.title')}
            value={choices.title ?? data.roadmap.title}
            placeholder={data.roadmap.title}
            onChange={(event) => setChoices({ ...choices, title: event.currentTarget.value })}
          />
          <Text size="sm">{t('documents.import.period', { period: format.period(data.roadmap.periodStart, data.roadmap.periodEnd) })}</Text>
        </Stack>
      </Card>

      {data.warnings.filter((w) => w.item === null || w.item === undefined).length > 0 && (
        <Alert color="orange.9" variant="light" title={t('documents.import.documentWarnings')}>
          <List size="sm">
            {data.warnings
              .filter((w) => w.item === null || w.item === undefined)
              .map((w, i) => (
                <List.Item key={i}>{w.message}</List.Item>
              ))}
          </List>
        </Alert>
      )}

      {data.organisations.proposed.length > 0 && (
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('documents.import.proposedTitle')}
          </Title>
          <Text size="sm">
            {data.permissions.createOrganisations ? t('documents.import.proposedHint') : t('documents.import.proposedHintCkr')}
          </Text>
          {data.organisations.proposed.map((proposal) => {
            const chosen = choices.proposals[proposal.key] ?? { organisationId: null, kind: proposal.kind };
            const set = (next: Partial<typeof chosen>) =>
              setChoices({ ...choices, proposals: { ...choices.proposals, [proposal.key]: { ...chosen, ...next } } });
            return (
              <Card key={proposal.key} withBorder padding="sm">
                <Stack gap="xs">
                  <Text fw={600} size="sm">
                    {proposal.fullName}
                  </Text>
                  <Text size="xs">{t('documents.import.writtenAs', { names: proposal.writtenAs.join('; '), count: proposal.items })}</Text>
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    {renderOrganisationPicker({
                      label: t('documents.import.mapTo'),
                      value: chosen.organisationId,
                      onChange: (organisationId) => set({ organisationId }),
                    })}
                    {data.permissions.createOrganisations && !chosen.organisationId && (
                      <NativeSelect
                        label={t('documents.import.newKind')}
                        data={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
                        value={chosen.kind}
                        onChange={(event) => set({ kind: event.currentTarget.value as OrganisationKind })}
                      />
                    )}
                  </SimpleGrid>
                </Stack>
              </Card>
            );
          })}
        </Stack>
      )}

      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('documents.import.itemsTitle', { count: data.items.length })}
        </Title>
        {data.items.map((item) => {
          const skipped = choices.skipped.includes(item.index);
          return (
            <Card key={item.index} withBorder padding="sm" opacity={skipped ? 0.6 : 1} data-testid="import-item">
              <Stack gap={6}>
                <Group justify="space-between" wrap="wrap" align="flex-start" gap="xs">
                  <Text fw={600} size="sm" style={{ whiteSpace: 'pre-wrap', flex: '1 1 280px' }}>
                    {item.number}. {item.activity}
                  </Text>
                  <Checkbox
                    label={t('documents.import.skip')}
                    checked={skipped}
                    onChange={(event) =>
                      setChoices({
                        ...choices,
                        skipped: event.currentTarget.checked
                          ? [...choices.skipped, item.index]
                          : choices.skipped.filter((i) => i !== item.index),
                      })
                    }
                  />
                </Group>
                {item.deadline ? (
                  <Text size="sm">
                    {t('documents.import.deadline')}: «{item.deadlineText}» —{' '}
                    {item.deadline.dueDate ? t('items.dueBy', { date: format.date(item.deadline.dueDate) }) : t('items.ongoing')} (
                    {t(`itemForm.precision.${item.deadline.precision}`)}
                    {item.deadline.recurrence ? `, ${t(`recurrence.${item.deadline.recurrence}`)}` : ''})
                  </Text>
                ) : (
                  !skipped && (
                    <TextInput
                      label={t('documents.import.deadlineUnread', { text: item.deadlineText || '—' })}
                      description={t('documents.import.deadlineExamples')}
                      value={choices.deadlines[item.index] ?? ''}
                      onChange={(event) =>
                        setChoices({ ...choices, deadlines: { ...choices.deadlines, [item.index]: event.currentTarget.value } })
                      }
                      error={(choices.deadlines[item.index] ?? '').trim() === '' ? t('documents.import.deadlineNeeded') : undefined}
                    />
                  )
                )}
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <div>
                    <Text size="xs" fw={600}>
                      {t('items.responsible')}
                    </Text>
                    <PartyBadges
                      parties={item.responsible}
                      members={members}
                      replaced={choices.replaced?.[item.index]?.responsible ?? {}}
                      onReplace={(place, organisationId) => replace(item.index, 'responsible', place, organisationId)}
                      renderOrganisationPicker={renderOrganisationPicker}
                    />
                  </div>
                  <div>
                    <Text size="xs" fw={600}>
                      {t('items.assisting')}
                    </Text>
                    <PartyBadges
                      parties={item.assisting}
                      members={members}
                      replaced={choices.replaced?.[item.index]?.assisting ?? {}}
                      onReplace={(place, organisationId) => replace(item.index, 'assisting', place, organisationId)}
                      renderOrganisationPicker={renderOrganisationPicker}
                    />
                  </div>
                </SimpleGrid>
                {warningsOf(item.index).map((w, i) => (
                  <Text key={i} size="xs" c="orange.9">
                    {w.message}
                  </Text>
                ))}
              </Stack>
            </Card>
          );
        })}
      </Stack>

      {commit.isError && <ApiErrorAlert error={commit.error} title={t('documents.import.commitFailed')} />}
      {data.committedAt ? (
        <Alert color="green.9" variant="light">
          {t('documents.import.alreadyCommitted')}
        </Alert>
      ) : (
        <Stack gap="xs">
          {missing.length > 0 && (
            <Text size="sm" c="red.9" role="status">
              {t('documents.import.missingDeadlines', { numbers: missing.map((i) => i.number).join(', ') })}
            </Text>
          )}
          {blockedByOrganisations && (
            <Text size="sm" c="red.9" role="status">
              {t('documents.import.mapAllFirst')}
            </Text>
          )}
          <Group>
            <Button
              disabled={!data.permissions.commit || missing.length > 0 || blockedByOrganisations}
              loading={commit.isPending}
              onClick={() => commit.mutate(commitBody(data, choices), { onSuccess: onCommitted })}
            >
              {t('documents.import.commit', { count: data.items.length - choices.skipped.length })}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
