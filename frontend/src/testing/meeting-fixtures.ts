/**
 * Meetings as the server would answer them: the quarterly meeting of 2017's second quarter (closed), one planned in
 * draft and one open. Plain data: what the caller may do is whatever a test sets in `permissions`.
 */
import type { AgendaItem, Decision, Meeting, MeetingPermissions, Participant } from '@/lib/api/types';
import { ids } from './fixtures';

export const meetingIds = {
  closed: 'f0000000-0000-4000-8000-000000000001',
  draft: 'f0000000-0000-4000-8000-000000000002',
  open: 'f0000000-0000-4000-8000-000000000003',
  agenda: (n: number) => `f1000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  person: (n: number) => `c2000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
};

export const noMeetingPermissions: MeetingPermissions = {
  edit: false,
  open: false,
  start: false,
  close: false,
  cancel: false,
  manageAgenda: false,
  manageParticipants: false,
  markAttendance: false,
  showCheckInCode: false,
  checkIn: false,
  writeMinutes: false,
  addDecisions: false,
  readDetails: false,
};

/** What the association may do with a meeting in each state (as the server grants it). */
export function organiserPermissions(state: Meeting['state']): MeetingPermissions {
  const active = state !== 'CLOSED' && state !== 'CANCELLED';
  const live = state === 'OPEN' || state === 'IN_PROGRESS';
  return {
    edit: active,
    open: state === 'DRAFT',
    start: state === 'OPEN',
    close: state === 'IN_PROGRESS',
    cancel: active,
    manageAgenda: active,
    manageParticipants: active,
    markAttendance: live,
    showCheckInCode: live,
    checkIn: false,
    writeMinutes: state === 'IN_PROGRESS',
    addDecisions: state === 'IN_PROGRESS',
    readDetails: true,
  };
}

const created = '2017-03-01T09:00:00Z';

export function makeMeeting(id: string, extra: Partial<Meeting> = {}): Meeting {
  return {
    id,
    kind: 'QUARTERLY',
    bodyId: null,
    bodyName: null,
    title: 'Совещание по развитию кластера',
    number: null,
    startsAt: '2017-06-20T09:00:00Z',
    endsAt: null,
    place: 'г. Смоленск, ул. Октябрьской революции, 14а',
    videoUrl: null,
    state: 'DRAFT',
    chair: null,
    secretary: null,
    participant: false,
    myAttendance: null,
    myCheckedInAt: null,
    invitedCount: 0,
    presentCount: 0,
    agendaCount: 0,
    openedAt: null,
    startedAt: null,
    closedAt: null,
    cancelledAt: null,
    version: 1,
    createdAt: created,
    updatedAt: created,
    permissions: { ...noMeetingPermissions },
    ...extra,
  };
}

export function makeMeetings(): Meeting[] {
  return [
    makeMeeting(meetingIds.closed, {
      title: 'Ежеквартальное совещание за II квартал 2017',
      state: 'CLOSED',
      startsAt: '2017-06-20T09:00:00Z',
      invitedCount: 12,
      presentCount: 9,
      agendaCount: 2,
    }),
    makeMeeting(meetingIds.draft, {
      title: 'Ежеквартальное совещание за III квартал 2017',
      state: 'DRAFT',
      startsAt: '2017-09-19T09:00:00Z',
      place: null,
      videoUrl: 'https://meet.example.ru/karta',
    }),
    makeMeeting(meetingIds.open, {
      kind: 'WORKING_GROUP',
      title: 'Рабочая группа по биокомпозитам',
      state: 'OPEN',
      startsAt: '2017-09-05T10:00:00Z',
      invitedCount: 3,
      presentCount: 1,
    }),
  ];
}

export function agendaItem(meetingId: string, n: number, extra: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id: meetingIds.agenda(n),
    meetingId,
    position: n,
    title: `Вопрос ${n}`,
    presenter: null,
    plannedMinutes: null,
    roadmapItems: [],
    heard: null,
    spoke: null,
    version: 1,
    ...extra,
  };
}

export function participant(n: number, extra: Partial<Participant> = {}): Participant {
  return {
    personId: meetingIds.person(n),
    name: `Участник ${n}`,
    position: null,
    organisationId: ids.ckr,
    organisationName: 'АНО «ЦКР Смоленской области»',
    attendance: null,
    checkedInAt: null,
    guest: false,
    via: null,
    ...extra,
  };
}

export function decision(meetingId: string, position: number, extra: Partial<Decision> = {}): Decision {
  return {
    id: `f2000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
    meetingId,
    agendaItemId: null,
    position,
    text: `Решение ${position}`,
    responsibleOrganisationId: null,
    responsibleOrganisationName: null,
    dueDate: null,
    roadmapItem: null,
    createdRoadmapItem: false,
    progressUpdateId: null,
    createdAt: created,
    ...extra,
  };
}
