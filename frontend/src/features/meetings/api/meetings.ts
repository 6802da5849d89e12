import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MAX_PAGE_SIZE, PAGE_SIZE } from '@/config/constants';
import { useApiClient } from '@/lib/api/client';
import { MERGE_PATCH, unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type {
  AgendaItem,
  AgendaItemInput,
  AgendaItemPatch,
  Attendance,
  AttendanceView,
  CalendarFeed,
  Decision,
  DecisionInput,
  Meeting,
  MeetingInput,
  MeetingKind,
  MeetingList,
  MeetingPatch,
  MeetingState,
  Participant,
  ParticipantsAdded,
  ParticipantsInput,
} from '@/lib/api/types';
import { fileNameOf, saveBlob } from '@/lib/download';

/** Query keys of meetings, shaped like the API's resources: ['meeting', id] covers its agenda, participants and decisions. */
export const meetingKeys = {
  lists: () => ['meetings'] as const,
  list: (params: object) => ['meetings', params] as const,
  meeting: queryKeys.meeting,
  detail: queryKeys.meetingDetail,
  agenda: (meetingId: string) => ['meeting', meetingId, 'agenda'] as const,
  attendance: queryKeys.meetingAttendance,
  decisions: (meetingId: string) => ['meeting', meetingId, 'decisions'] as const,
  calendarFeed: () => ['calendarFeed'] as const,
  bodies: () => ['bodies', { size: MAX_PAGE_SIZE }] as const,
};

export interface MeetingFilters {
  kind?: MeetingKind;
  state?: MeetingState;
  mine?: boolean;
  /** First and last day ("YYYY-MM-DD"), both included. */
  from?: string;
  to?: string;
  /** 1-based. */
  page: number;
  size?: number;
  sort?: string;
}

export function useMeetings(filters: MeetingFilters) {
  const api = useApiClient();
  const query = {
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.state ? { state: filters.state } : {}),
    ...(filters.mine ? { mine: true } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    ...(filters.sort ? { sort: filters.sort } : {}),
    page: filters.page - 1,
    size: filters.size ?? PAGE_SIZE,
  };
  return useQuery({
    queryKey: meetingKeys.list(query),
    queryFn: async (): Promise<MeetingList> => unwrap(await api.GET('/api/v1/meetings', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(meetingId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: meetingKeys.detail(meetingId),
    queryFn: async (): Promise<Meeting> => unwrap(await api.GET('/api/v1/meetings/{id}', { params: { path: { id: meetingId } } })),
  });
}

/** After a change of a meeting: its new state in the cache, the lists and everything under it asked again. */
function useSettleMeeting() {
  const queryClient = useQueryClient();
  return (meetingId: string, meeting?: Meeting) => {
    if (meeting) queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
    void queryClient.invalidateQueries({ queryKey: meetingKeys.meeting(meetingId) });
    void queryClient.invalidateQueries({ queryKey: meetingKeys.lists() });
  };
}

export function useCreateMeeting() {
  const api = useApiClient();
  const settle = useSettleMeeting();
  return useMutation({
    mutationFn: async (body: MeetingInput): Promise<Meeting> => unwrap(await api.POST('/api/v1/meetings', { body })),
    onSuccess: (meeting) => settle(meeting.id, meeting),
  });
}

/** Changes the meeting as loaded: the merge patch names the version it was loaded in (409 when changed meanwhile). */
export function useUpdateMeeting(meeting: Meeting) {
  const api = useApiClient();
  const settle = useSettleMeeting();
  return useMutation({
    mutationFn: async (patch: MeetingPatch): Promise<Meeting> =>
      unwrap(
        await api.PATCH('/api/v1/meetings/{id}', {
          params: { path: { id: meeting.id } },
          body: { ...patch, version: meeting.version },
          headers: MERGE_PATCH,
        }),
      ),
    onSuccess: (updated) => settle(meeting.id, updated),
  });
}

export type MeetingTransition = 'open' | 'start' | 'close' | 'cancel';

export function useMeetingTransition(meetingId: string) {
  const api = useApiClient();
  const settle = useSettleMeeting();
  return useMutation({
    mutationFn: async (transition: MeetingTransition): Promise<Meeting> => {
      const params = { params: { path: { id: meetingId } } };
      const result =
        transition === 'open'
          ? await api.POST('/api/v1/meetings/{id}/open', params)
          : transition === 'start'
            ? await api.POST('/api/v1/meetings/{id}/start', params)
            : transition === 'close'
              ? await api.POST('/api/v1/meetings/{id}/close', params)
              : await api.POST('/api/v1/meetings/{id}/cancel', params);
      return unwrap(result);
    },
    onSuccess: (meeting) => settle(meetingId, meeting),
  });
}

/** The files of a meeting (.ics, the protocol): fetched with the caller's token, saved under the server's name. */
export function useMeetingDownload(meetingId: string) {
  const api = useApiClient();
  return useMutation({
    mutationFn: async (what: 'ics' | 'protocol'): Promise<void> => {
      const params = { params: { path: { id: meetingId } }, parseAs: 'blob' as const };
      const result =
        what === 'ics' ? await api.GET('/api/v1/meetings/{id}.ics', params) : await api.GET('/api/v1/meetings/{id}/protocol.docx', params);
      const blob = unwrap(result) as Blob;
      const fallback = what === 'ics' ? 'karta-meeting.ics' : 'karta-protocol.docx';
      saveBlob(blob, fileNameOf(result.response.headers.get('Content-Disposition'), fallback));
    },
  });
}

// --- Agenda ---

export function useAgenda(meetingId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: meetingKeys.agenda(meetingId),
    queryFn: async (): Promise<AgendaItem[]> =>
      unwrap(await api.GET('/api/v1/meetings/{id}/agenda-items', { params: { path: { id: meetingId }, query: { size: MAX_PAGE_SIZE } } }))
        .items,
  });
}

export function useCreateAgendaItem(meetingId: string) {
  const api = useApiClient();
  const settle = useSettleMeeting();
  return useMutation({
    mutationFn: async (body: AgendaItemInput): Promise<AgendaItem> =>
      unwrap(await api.POST('/api/v1/meetings/{id}/agenda-items', { params: { path: { id: meetingId } }, body })),
    onSuccess: () => settle(meetingId),
  });
}

export function useUpdateAgendaItem(meetingId: string) {
  const api = useApiClient();
  const settle = useSettleMeeting();
  return useMutation({
    mutationFn: async ({ item, patch }: { item: AgendaItem; patch: AgendaItemPatch }): Promise<AgendaItem> =>
      unwrap(
        await api.PATCH('/api/v1/meetings/{id}/agenda-items/{itemId}', {
          params: { path: { id: meetingId, itemId: item.id } },
          body: { ...patch, version: item.version },
          headers: MERGE_PATCH,
        }),
      ),
    onSettled: () => settle(meetingId),
  });
}

export function useDeleteAgendaItem(meetingId: string) {
  const api = useApiClient();
  const settle = useSettleMeeting();
  return useMutation({
    mutationFn: async (item: AgendaItem): Promise<void> => {
      unwrap(await api.DELETE('/api/v1/meetings/{id}/agenda-items/{itemId}', { params: { path: { id: meetingId, itemId: item.id } } }));
    },
    onSettled: () => settle(meetingId),
  });
}

/** Replaces the minutes of an agenda item (СЛУШАЛИ, ВЫСТУПИЛИ) on the item's version. */
export function useWriteMinutes(meetingId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ item, heard, spoke }: { item: AgendaItem; heard: string; spoke: string }): Promise<AgendaItem> =>
      unwrap(
        await api.PUT('/api/v1/meetings/{id}/agenda-items/{itemId}/minutes', {
          params: { path: { id: meetingId, itemId: item.id } },
          body: { heard: heard || null, spoke: spoke || null, version: item.version },
        }),
      ),
    onSuccess: (written) =>
      queryClient.setQueryData<AgendaItem[]>(meetingKeys.agenda(meetingId), (items) =>
        items?.map((item) => (item.id === written.id ? written : item)),
      ),
  });
}

// --- Participants and attendance ---

/** Counts for everyone and the participants for organisers and participants; asked again every 5 s while `live`. */
export function useAttendance(meetingId: string, live: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: meetingKeys.attendance(meetingId),
    queryFn: async (): Promise<AttendanceView> =>
      unwrap(await api.GET('/api/v1/meetings/{id}/attendance', { params: { path: { id: meetingId } } })),
    refetchInterval: live ? 5000 : false,
  });
}

export function useInviteParticipants(meetingId: string) {
  const api = useApiClient();
  const settle = useSettleMeeting();
  return useMutation({
    mutationFn: async (body: ParticipantsInput): Promise<ParticipantsAdded> =>
      unwrap(await api.POST('/api/v1/meetings/{id}/participants', { params: { path: { id: meetingId } }, body })),
    onSuccess: () => settle(meetingId),
  });
}

export function useUninviteParticipant(meetingId: string) {
  const api = useApiClient();
  const settle = useSettleMeeting();
  return useMutation({
    mutationFn: async (personId: string): Promise<void> => {
      unwrap(await api.DELETE('/api/v1/meetings/{id}/participants/{personId}', { params: { path: { id: meetingId, personId } } }));
    },
    onSettled: () => settle(meetingId),
  });
}

export function useMarkAttendance(meetingId: string) {
  const api = useApiClient();
  const settle = useSettleMeeting();
  return useMutation({
    mutationFn: async ({ personId, attendance }: { personId: string; attendance: Attendance }): Promise<Participant> =>
      unwrap(
        await api.PUT('/api/v1/meetings/{id}/participants/{personId}/attendance', {
          params: { path: { id: meetingId, personId } },
          body: { attendance },
        }),
      ),
    onSettled: () => settle(meetingId),
  });
}

// --- Decisions ---

export function useDecisions(meetingId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: meetingKeys.decisions(meetingId),
    queryFn: async (): Promise<Decision[]> =>
      unwrap(await api.GET('/api/v1/meetings/{id}/decisions', { params: { path: { id: meetingId }, query: { size: MAX_PAGE_SIZE } } }))
        .items,
  });
}

export function useCreateDecision(meetingId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: DecisionInput): Promise<Decision> =>
      unwrap(await api.POST('/api/v1/meetings/{id}/decisions', { params: { path: { id: meetingId } }, body })),
    onSuccess: (decision) => {
      void queryClient.invalidateQueries({ queryKey: meetingKeys.decisions(meetingId) });
      if (decision.roadmapItem) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.item(decision.roadmapItem.id) });
        void queryClient.invalidateQueries({ queryKey: queryKeys.roadmap(decision.roadmapItem.roadmapId) });
      }
    },
  });
}

// --- The calendar feed ---

export function useCalendarFeed() {
  const api = useApiClient();
  return useQuery({
    queryKey: meetingKeys.calendarFeed(),
    queryFn: async (): Promise<CalendarFeed> => unwrap(await api.GET('/api/v1/me/calendar-feed')),
  });
}

export function useCreateCalendarFeed() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<CalendarFeed> => unwrap(await api.POST('/api/v1/me/calendar-feed')),
    // The cache keeps the state without the URL: the URL is shown once, from the answer.
    onSuccess: (feed) => queryClient.setQueryData(meetingKeys.calendarFeed(), { ...feed, url: null }),
  });
}

export function useRevokeCalendarFeed() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<void> => {
      unwrap(await api.DELETE('/api/v1/me/calendar-feed'));
    },
    onSuccess: () => queryClient.setQueryData<CalendarFeed>(meetingKeys.calendarFeed(), { active: false, url: null, createdAt: null }),
  });
}

// --- Choices for the forms: people, organisations, bodies, roadmaps and their items ---

export function useBodyChoices(enabled = true) {
  const api = useApiClient();
  return useQuery({
    queryKey: meetingKeys.bodies(),
    queryFn: async () => unwrap(await api.GET('/api/v1/bodies', { params: { query: { page: 0, size: MAX_PAGE_SIZE } } })).items,
    enabled,
  });
}

export function useRoadmapChoices(enabled = true) {
  const api = useApiClient();
  const query = { page: 0, size: MAX_PAGE_SIZE };
  return useQuery({
    queryKey: queryKeys.roadmaps(query),
    queryFn: async () => unwrap(await api.GET('/api/v1/roadmaps', { params: { query } })).items,
    enabled,
  });
}

export function useRoadmapItemChoices(roadmapId: string | null) {
  const api = useApiClient();
  const query = { page: 0, size: MAX_PAGE_SIZE };
  return useQuery({
    queryKey: queryKeys.roadmapItems(roadmapId ?? '', query),
    queryFn: async () => unwrap(await api.GET('/api/v1/roadmaps/{id}/items', { params: { path: { id: roadmapId ?? '' }, query } })).items,
    enabled: Boolean(roadmapId),
  });
}
