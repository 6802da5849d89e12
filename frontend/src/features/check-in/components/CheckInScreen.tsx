import { Badge, Box, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { AppLink } from '@/components/ui/AppLink';
import { LoadingSkeleton, LoadingTitle } from '@/components/ui/QueryStates';
import { useFormat } from '@/i18n/use-format';
import type { Participant } from '@/lib/api/types';
import { useCheckInCode, useLiveAttendance, useMeetingTitle } from '../api/check-in';
import { formatTime } from './format-time';
import { QrCodeImage } from './QrCodeImage';

/** How many arrivals the screen lists (the newest); the count covers everyone. */
const SHOWN_ARRIVALS = 12;

/** Present people, newest arrival first (those marked without a time last). */
function arrivals(participants: readonly Participant[]): Participant[] {
  return participants
    .filter((p) => p.attendance === 'PRESENT')
    .sort((a, b) => (b.checkedInAt ?? '').localeCompare(a.checkedInAt ?? '') || a.name.localeCompare(b.name, 'ru'));
}

function useFullscreen() {
  const [active, setActive] = useState(() => typeof document !== 'undefined' && Boolean(document.fullscreenElement));
  useEffect(() => {
    const onChange = () => setActive(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const supported = typeof document !== 'undefined' && document.fullscreenEnabled === true;
  return { active, supported };
}

/**
 * The organisers' check-in screen, for a projector or a phone held up: the current code as a large QR code (a new
 * one shortly before it expires), how many have checked in and who, updated every few seconds.
 */
export function CheckInScreen({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const meeting = useMeetingTitle(meetingId);
  const code = useCheckInCode(meetingId);
  const attendance = useLiveAttendance(meetingId, { enabled: !code.isError });
  const screen = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen();
  const back = `/meetings/${meetingId}`;

  const toggleFullscreen = () => {
    if (document.fullscreenElement) {
      void document.exitFullscreen?.().catch(() => undefined);
      return;
    }
    // The screen alone (no menu, no header): what the room should see.
    const target = screen.current ?? document.documentElement;
    void target.requestFullscreen?.().catch(() => undefined);
  };

  const list = attendance.data ? arrivals(attendance.data.participants) : [];
  const present = attendance.data?.presentCount ?? 0;

  return (
    <Box ref={screen} bg="white" p={fullscreen.active ? 'xl' : 0} style={{ overflow: fullscreen.active ? 'auto' : undefined }}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={4} style={{ minWidth: 0, flex: '1 1 16rem' }}>
            {!fullscreen.active && <AppLink to={back}>← {t('checkIn.screen.back')}</AppLink>}
            <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
              {meeting.data ? meeting.data.title : meeting.isPending ? <LoadingTitle /> : t('checkIn.screen.title')}
            </Title>
          </Stack>
          {fullscreen.supported && (
            <Button variant="default" size="md" onClick={toggleFullscreen}>
              {fullscreen.active ? t('checkIn.screen.exitFullscreen') : t('checkIn.screen.fullscreen')}
            </Button>
          )}
        </Group>

        {code.isError ? (
          <Stack gap="sm" align="flex-start">
            <ApiErrorAlert error={code.error} title={t('checkIn.screen.codeUnavailable')} />
            <AppLink to={back}>← {t('checkIn.screen.back')}</AppLink>
          </Stack>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
            <Stack gap="sm" align="center">
              {code.data ? (
                <>
                  <Box w="100%" maw="min(100%, 72vh)" p={0} style={{ border: '1px solid var(--mantine-color-gray-4)' }}>
                    <QrCodeImage value={code.data.url} label={t('checkIn.screen.qrLabel')} />
                  </Box>
                  <Text fz={{ base: 'lg', md: 'xl' }} fw={600} ta="center">
                    {t('checkIn.screen.hint')}
                  </Text>
                  <Text size="sm" c="dimmed" ta="center" style={{ overflowWrap: 'anywhere' }} data-testid="check-in-url">
                    {code.data.url}
                  </Text>
                </>
              ) : (
                <LoadingSkeleton rows={3} label={t('checkIn.screen.codeLoading')} />
              )}
            </Stack>
            <Stack gap="md">
              <Paper withBorder radius="md" p="md">
                <Text
                  fw={800}
                  lh={1.1}
                  style={{ fontSize: 'clamp(2.25rem, 6vw, 5.5rem)' }}
                  aria-live="polite"
                  aria-atomic="true"
                  data-testid="present-count"
                >
                  {t('checkIn.screen.present', { count: present })}
                </Text>
                {attendance.data && attendance.data.guestCount > 0 && (
                  <Text size="lg" c="dimmed">
                    {t('checkIn.screen.guests', { count: attendance.data.guestCount })}
                  </Text>
                )}
              </Paper>
              <Title order={2} size="h4">
                {t('checkIn.screen.arrivals')}
              </Title>
              {attendance.isPending ? (
                <LoadingSkeleton rows={2} />
              ) : list.length === 0 ? (
                <Text c="dimmed">{t('checkIn.screen.noArrivals')}</Text>
              ) : (
                <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('checkIn.screen.arrivals')}>
                  {list.slice(0, SHOWN_ARRIVALS).map((p) => (
                    <Group component="li" key={p.personId} gap="sm" wrap="nowrap" align="flex-start">
                      <Text fw={600} fz="lg" miw="3.2rem" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {formatTime(p.checkedInAt, format.language) || t('common.none')}
                      </Text>
                      <Stack gap={0} style={{ minWidth: 0 }}>
                        <Group gap="xs" wrap="wrap">
                          <Text fz="lg" fw={600} style={{ overflowWrap: 'anywhere' }}>
                            {p.name}
                          </Text>
                          {p.guest && (
                            <Badge color="orange.9" variant="filled" radius="sm" tt="none">
                              {t('checkIn.guest')}
                            </Badge>
                          )}
                        </Group>
                        {p.organisationName && (
                          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                            {p.organisationName}
                          </Text>
                        )}
                      </Stack>
                    </Group>
                  ))}
                </Stack>
              )}
              {list.length > SHOWN_ARRIVALS && <Text c="dimmed">{t('checkIn.screen.more', { count: list.length - SHOWN_ARRIVALS })}</Text>}
              {attendance.isError && <ApiErrorAlert error={attendance.error} title={t('errors.loadFailed')} />}
              <Text size="xs" c="dimmed">
                {t('checkIn.screen.autoUpdate')}
              </Text>
            </Stack>
          </SimpleGrid>
        )}
      </Stack>
    </Box>
  );
}
