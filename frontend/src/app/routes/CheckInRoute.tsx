import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LoadingSkeleton } from '@/components/ui/QueryStates';
import { CheckInPage } from '@/features/check-in/components/CheckInPage';
import { useDocumentTitle } from './use-document-title';

// The projector's screen draws QR codes (a library of its own) that a participant's phone never needs.
const CheckInScreen = lazy(async () => ({ default: (await import('@/features/check-in/components/CheckInScreen')).CheckInScreen }));

/** `/meetings/:meetingId/check-in-screen`: the QR code and the arrivals, for the projector in the room. */
export function CheckInScreenRoute() {
  const { meetingId = '' } = useParams();
  const { t } = useTranslation();
  useDocumentTitle(t('checkIn.screen.title'));
  return (
    <Suspense fallback={<LoadingSkeleton rows={4} />}>
      <CheckInScreen key={meetingId} meetingId={meetingId} />
    </Suspense>
  );
}

/** `/check-in/:meetingId?code=…`: where the QR code leads; a participant's phone checks in here. */
export function CheckInRoute() {
  const { meetingId = '' } = useParams();
  const { t } = useTranslation();
  useDocumentTitle(t('checkIn.title'));
  return <CheckInPage key={meetingId} meetingId={meetingId} />;
}
