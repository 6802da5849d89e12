import { Badge, Button, Group, Modal, Paper, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/ui/AppLink';
import { DateField } from '@/components/ui/DateField';
import { useFormat } from '@/i18n/use-format';
import { BODY_ROLES, type BodyMember, type BodyRole } from '@/lib/api/types';
import { useUpdateMember } from '../api/bodies';

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

interface Callbacks {
  onDone: (message: string) => void;
  onError: (error: unknown) => void;
}

function RoleEditor({ bodyId, member, onClose, onDone, onError }: { bodyId: string; member: BodyMember; onClose: () => void } & Callbacks) {
  const { t } = useTranslation();
  const update = useUpdateMember(bodyId);
  const [role, setRole] = useState<BodyRole>(member.role);
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Select
        label={t('bodies.roleLabel')}
        data={BODY_ROLES.map((r) => ({ value: r, label: t(`bodies.role.${r}`) }))}
        value={role}
        onChange={(value) => value && setRole(value as BodyRole)}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        w={{ base: '100%', xs: 260 }}
      />
      <Button
        loading={update.isPending}
        disabled={role === member.role}
        onClick={() =>
          update.mutate(
            { member, patch: { role } },
            {
              onSuccess: (changed) => {
                onClose();
                onDone(t('bodies.roleChanged', { name: changed.personName, role: t(`bodies.role.${changed.role}`) }));
              },
              onError,
            },
          )
        }
      >
        {t('bodies.saveRole')}
      </Button>
      <Button variant="default" onClick={onClose}>
        {t('common.cancel')}
      </Button>
    </Group>
  );
}

function EndMembership({
  bodyId,
  member,
  onClose,
  onDone,
  onError,
}: { bodyId: string; member: BodyMember; onClose: () => void } & Callbacks) {
  const { t } = useTranslation();
  const update = useUpdateMember(bodyId);
  const [to, setTo] = useState(today());
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('bodies.endTitle', { name: member.personName })}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <DateField label={t('bodies.lastDay')} value={to} onChange={setTo} required error={to ? undefined : t('bodies.lastDayRequired')} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red.9"
            disabled={!to}
            loading={update.isPending}
            onClick={() =>
              update.mutate(
                { member, patch: { to } },
                {
                  onSuccess: (changed) => {
                    onClose();
                    onDone(t('bodies.ended', { name: changed.personName }));
                  },
                  onError: (error) => {
                    onClose();
                    onError(error);
                  },
                },
              )
            }
          >
            {t('bodies.end')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * Members, one card each (a phone shows them as well as a wide screen): the person, organisation, role in words,
 * the period and the note; with `manage`, changing the role and ending the membership.
 */
export function MemberList({
  bodyId,
  members,
  former = false,
  manage = false,
  label,
  ...callbacks
}: { bodyId: string; members: readonly BodyMember[]; former?: boolean; manage?: boolean; label: string } & Callbacks) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState<string | null>(null);
  const [ending, setEnding] = useState<BodyMember | null>(null);
  return (
    <>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
        {members.map((member) => (
          <Paper component="li" key={member.id} withBorder radius="sm" p="sm">
            <Stack gap={4}>
              <Group gap="xs" wrap="wrap" justify="space-between">
                <AppLink to={`/people/${member.personId}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {member.personName}
                </AppLink>
                <Badge color={member.role === 'MEMBER' ? 'gray.7' : 'blue.8'} variant="filled" radius="sm" tt="none">
                  {t(`bodies.role.${member.role}`)}
                </Badge>
              </Group>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {member.organisationName}
              </Text>
              <Text size="sm" c="dimmed">
                {former || member.to
                  ? `${format.date(member.from)} – ${format.date(member.to)}`
                  : t('bodies.since', { date: format.date(member.from) })}
              </Text>
              {member.note && (
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {member.note}
                </Text>
              )}
              {manage &&
                (editing === member.id ? (
                  <RoleEditor bodyId={bodyId} member={member} onClose={() => setEditing(null)} {...callbacks} />
                ) : (
                  <Group gap="xs" role="group" aria-label={t('bodies.memberActions', { name: member.personName })}>
                    <Button size="xs" variant="default" onClick={() => setEditing(member.id)}>
                      {t('bodies.changeRole')}
                    </Button>
                    <Button size="xs" variant="outline" color="red.9" onClick={() => setEnding(member)}>
                      {t('bodies.end')}
                    </Button>
                  </Group>
                ))}
            </Stack>
          </Paper>
        ))}
      </Stack>
      {ending && <EndMembership bodyId={bodyId} member={ending} onClose={() => setEnding(null)} {...callbacks} />}
    </>
  );
}
