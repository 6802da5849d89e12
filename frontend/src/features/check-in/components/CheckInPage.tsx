import { Alert, Button, Center, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { AppLink } from '@/components/ui/AppLink';
import { useFormat } from '@/i18n/use-format';
import { isApiError } from '@/lib/api/problem';
import type { CheckIn } from '@/lib/api/types';
import { useCheckIn } from '../api/check-in';
import { formatTime } from './format-time';
import { parseCheckIn } from './parse-check-in';
import { QrScanner } from './QrScanner';

/** A refused code (expired, or not this meeting's): scanning the screen again helps. */
export function isCodeProblem(error: unknown): boolean {
  const type = isApiError(error) ? (error.problem?.type ?? '') : '';
  return isApiError(error) && error.status === 400 && (type.endsWith('check-in-code-expired') || type.endsWith('check-in-code-invalid'));
}

function Done({ result, meetingId }: { result: CheckIn; meetingId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const time = formatTime(result.checkedInAt, format.language);
  return (
    <Paper withBorder radius="md" p="lg" role="status" data-testid="check-in-result">
      <Stack gap="md" align="center" ta="center">
        <ThemeIcon size={88} radius={88} color="green.9" aria-hidden>
          <Text fz={52} fw={800} c="white" lh={1}>
            ✓
          </Text>
        </ThemeIcon>
        <Title order={1} size="h1">
          {result.repeat ? t('checkIn.already', { time }) : t('checkIn.done')}
        </Title>
        <Text fz="xl" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {result.meetingTitle}
        </Text>
        <Text fz="lg">
          {result.repeat
            ? t('checkIn.firstAt', { date: format.date(result.checkedInAt), time })
            : t('checkIn.at', { date: format.date(result.checkedInAt), time })}
        </Text>
        {result.guest && (
          <Alert color="orange.9" variant="light" w="100%" ta="left">
            {t('checkIn.guestNote')}
          </Alert>
        )}
        <Button component={Link} to={`/meetings/${meetingId}`} variant="default" size="lg" fullWidth>
          {t('checkIn.openMeeting')}
        </Button>
      </Stack>
    </Paper>
  );
}

/**
 * `/check-in/:meetingId`: with `?code=…` (the link in the QR code) the check-in is sent once, then the answer is shown
 * large. Once answered, the code is taken out of the address, so a reload does not send a used code again. Without a code,
 * or to try again, the phone's camera reads the QR code on the screen.
 */
export function CheckInPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const code = params.get('code');
  const checkIn = useCheckIn(meetingId);
  const sent = useRef<string | null>(null);
  const [scanError, setScanError] = useState<string | null>(null);
  const { mutate } = checkIn;

  useEffect(() => {
    if (!code) return;
    // Once per code, however often the effect runs (React's strict mode runs it twice).
    const key = `${meetingId}:${code}`;
    if (sent.current === key) return;
    sent.current = key;
    mutate(code, {
      // Only once answered: should the call have to log in again first, the login comes back to the code.
      onSettled: () =>
        setParams(
          (previous) => {
            const next = new URLSearchParams(previous);
            next.delete('code');
            return next;
          },
          { replace: true },
        ),
    });
  }, [code, meetingId, mutate, setParams]);

  const onText = (text: string): boolean => {
    const scanned = parseCheckIn(text, meetingId);
    if (!scanned) {
      setScanError(t('checkIn.scanner.notOurs'));
      return false;
    }
    setScanError(null);
    if (scanned.meetingId === meetingId) {
      checkIn.mutate(scanned.token);
    } else {
      void navigate(`/check-in/${scanned.meetingId}?code=${encodeURIComponent(scanned.token)}`);
    }
    return true;
  };

  const scanAgain = () => {
    sent.current = null;
    checkIn.reset();
  };

  let content;
  if (checkIn.isPending || (code && checkIn.isIdle)) {
    content = (
      <Center py="xl">
        <Stack align="center" gap="sm" role="status">
          <Loader size="lg" />
          <Text fz="lg">{t('checkIn.sending')}</Text>
        </Stack>
      </Center>
    );
  } else if (checkIn.isSuccess) {
    content = <Done result={checkIn.data} meetingId={meetingId} />;
  } else if (checkIn.isError) {
    const error = checkIn.error;
    const status = isApiError(error) ? error.status : 0;
    const title = isCodeProblem(error)
      ? t('checkIn.codeRefused')
      : status === 409
        ? t('checkIn.notOpen')
        : status === 403
          ? t('checkIn.forbidden')
          : t('checkIn.failed');
    content = (
      <Stack gap="md">
        <Title order={1} size="h2">
          {title}
        </Title>
        <ApiErrorAlert error={error} />
        {status !== 403 && status !== 409 && (
          <Button size="lg" fullWidth onClick={scanAgain}>
            {t('checkIn.scanAgain')}
          </Button>
        )}
        <AppLink to={`/meetings/${meetingId}`}>{t('checkIn.openMeeting')}</AppLink>
      </Stack>
    );
  } else {
    content = (
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('checkIn.scanTitle')}
        </Title>
        <QrScanner onText={onText} error={scanError} />
      </Stack>
    );
  }

  return (
    <Stack gap="md" maw={560} mx="auto" w="100%">
      {content}
    </Stack>
  );
}
