import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MeetingDetail, MeetingsPage } from '@/features/meetings';
import { useDocumentTitle } from './use-document-title';

/** `/meetings`: the meetings as a list or a month calendar, planning one, and the calendar feed. */
export function MeetingsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('meetings.title'));
  return <MeetingsPage />;
}

/** `/meetings/:meetingId`: one meeting with its agenda, participants, minutes and decisions. */
export function MeetingRoute() {
  const { meetingId = '' } = useParams();
  const { t } = useTranslation();
  useDocumentTitle(t('meetings.title'));
  return <MeetingDetail key={meetingId} meetingId={meetingId} />;
}
