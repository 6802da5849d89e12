import { ActionIcon, Button, Fieldset, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LimitedTextInput } from '@/components/ui/LimitedText';
import { ITEM_PARTIES_MAX, OFFICIAL_MAX } from '@/config/constants';
import { emptyParty, type PartyFormValue } from '../item-form';

/** What the editor needs of an organisation picker (the route passes the organisations feature's one). */
export interface OrganisationFieldProps {
  label: string;
  value: string | null;
  /** The chosen organisation's id and the name shown for it. */
  onChange: (organisationId: string | null, name?: string) => void;
  error?: ReactNode;
  required?: boolean;
}

export type RenderOrganisationField = (props: OrganisationFieldProps) => ReactNode;

/** An icon button with a 44 px target and a spoken name. */
function RowButton({ label, glyph, onClick, disabled }: { label: string; glyph: string; onClick: () => void; disabled?: boolean }) {
  return (
    <ActionIcon variant="default" size={44} radius="md" aria-label={label} title={label} onClick={onClick} disabled={disabled}>
      <span aria-hidden style={{ fontSize: 18, lineHeight: 1 }}>
        {glyph}
      </span>
    </ActionIcon>
  );
}

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [entry] = next.splice(from, 1);
  if (entry !== undefined) next.splice(to, 0, entry);
  return next;
}

/**
 * An ordered list of organisations on an item (the responsible or the assisting ones), each with an optional
 * official: add, remove, move up and down. `errorOf` gives a row's field error ("organisationId", "official").
 */
export function PartyListEditor({
  legend,
  description,
  parties,
  onChange,
  errorOf,
  listError,
  addLabel,
  renderOrganisationField,
}: {
  legend: string;
  description: string;
  parties: readonly PartyFormValue[];
  onChange: (parties: PartyFormValue[]) => void;
  errorOf: (index: number, field: 'organisationId' | 'official') => ReactNode;
  listError?: ReactNode;
  addLabel: string;
  renderOrganisationField: RenderOrganisationField;
}) {
  const { t } = useTranslation();
  const full = parties.length >= ITEM_PARTIES_MAX;
  const update = (index: number, change: Partial<PartyFormValue>) =>
    onChange(parties.map((party, at) => (at === index ? { ...party, ...change } : party)));

  return (
    <Fieldset legend={legend} variant="filled" radius="md">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {description}
        </Text>
        {parties.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('itemForm.parties.none')}
          </Text>
        )}
        {parties.length > 0 && (
          <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
            {parties.map((party, index) => {
              const n = index + 1;
              const name = party.organisationName || t('itemForm.parties.unnamed', { n });
              return (
                <Paper component="li" key={party.key} withBorder radius="sm" p="xs">
                  <Stack gap="xs">
                    <Group justify="space-between" wrap="wrap" gap="xs">
                      <Text size="sm" fw={700}>
                        {t('itemForm.parties.position', { n })}
                      </Text>
                      <Group gap={6} wrap="nowrap">
                        <RowButton
                          glyph="↑"
                          label={t('itemForm.parties.moveUp', { name })}
                          disabled={index === 0}
                          onClick={() => onChange(move(parties, index, index - 1))}
                        />
                        <RowButton
                          glyph="↓"
                          label={t('itemForm.parties.moveDown', { name })}
                          disabled={index === parties.length - 1}
                          onClick={() => onChange(move(parties, index, index + 1))}
                        />
                        <RowButton
                          glyph="✕"
                          label={t('itemForm.parties.remove', { name })}
                          onClick={() => onChange(parties.filter((_, at) => at !== index))}
                        />
                      </Group>
                    </Group>
                    {renderOrganisationField({
                      label: t('itemForm.parties.organisation', { n }),
                      value: party.organisationId || null,
                      onChange: (organisationId, organisationName) =>
                        update(index, {
                          organisationId: organisationId ?? '',
                          organisationName: organisationId ? (organisationName ?? '') : '',
                        }),
                      error: errorOf(index, 'organisationId'),
                      required: true,
                    })}
                    <LimitedTextInput
                      label={t('itemForm.parties.official', { n })}
                      placeholder={t('itemForm.parties.officialPlaceholder')}
                      max={OFFICIAL_MAX}
                      description={t('itemForm.parties.officialDescription', { max: OFFICIAL_MAX, length: party.official.length })}
                      value={party.official}
                      onChange={(event) => update(index, { official: event.currentTarget.value })}
                      error={errorOf(index, 'official')}
                    />
                  </Stack>
                </Paper>
              );
            })}
          </Stack>
        )}
        {listError && (
          <Text size="sm" c="red.9" role="alert">
            {listError}
          </Text>
        )}
        {full ? (
          <Text size="sm" c="dimmed">
            {t('itemForm.parties.full', { max: ITEM_PARTIES_MAX })}
          </Text>
        ) : (
          <Group>
            <Button variant="light" onClick={() => onChange([...parties, emptyParty()])}>
              {addLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
