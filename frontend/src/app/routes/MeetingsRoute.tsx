import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MeetingDetail, type MeetingFields, MeetingsPage } from '@/features/meetings';
import { OrganisationPicker } from '@/features/organisations';
import { PersonPicker } from '@/features/people';
import { useDocumentTitle } from './use-document-title';

/** The meeting forms choose people and organisations with those features' own pickers. */
const fields: MeetingFields = { PersonPicker, OrganisationPicker };

/** `/meetings`: the meetings as a list or a month calendar, planning one, and the calendar feed. */
export function MeetingsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('meetings.title'));
  return <MeetingsPage fields={fields} />;
}

/** `/meetings/:meetingId`: one meeting with its agenda, participants, minutes and decisions. */
export function MeetingRoute() {
  const { meetingId = '' } = useParams();
  const { t } = useTranslation();
  useDocumentTitle(t('meetings.title'));
  return <MeetingDetail key={meetingId} meetingId={meetingId} fields={fields} />;
}
