import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CheckInPage, CheckInScreen } from '@/features/check-in';
import { useDocumentTitle } from './use-document-title';

/** `/meetings/:meetingId/check-in-screen`: the QR code and the arrivals, for the projector in the room. */
export function CheckInScreenRoute() {
  const { meetingId = '' } = useParams();
  const { t } = useTranslation();
  useDocumentTitle(t('checkIn.screen.title'));
  return <CheckInScreen key={meetingId} meetingId={meetingId} />;
}

/** `/check-in/:meetingId?code=…`: where the QR code leads; a participant's phone checks in here. */
export function CheckInRoute() {
  const { meetingId = '' } = useParams();
  const { t } = useTranslation();
  useDocumentTitle(t('checkIn.title'));
  return <CheckInPage key={meetingId} meetingId={meetingId} />;
}
