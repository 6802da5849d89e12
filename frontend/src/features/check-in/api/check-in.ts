import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApiClient } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/query-keys';
import { unwrap } from '@/lib/api/problem';
import type { AttendanceView, CheckIn, CheckInCode, Meeting } from '@/lib/api/types';

/** How often the QR screen asks for the arrivals. */
export const ATTENDANCE_POLL_MS = 2500;
/** A new code is asked for this long before the shown one expires. */
export const CODE_REFRESH_LEAD_MS = 5000;

/** The meeting's shared keys, so the meetings feature's views and these share one cache; the code is ours. */
const keys = {
  meeting: queryKeys.meetingDetail,
  attendance: queryKeys.meetingAttendance,
  code: (meetingId: string) => ['meeting', meetingId, 'check-in-code'] as const,
};

export function useMeetingTitle(meetingId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: keys.meeting(meetingId),
    queryFn: async (): Promise<Meeting> => unwrap(await api.GET('/api/v1/meetings/{id}', { params: { path: { id: meetingId } } })),
  });
}

/** The arrivals, asked again every few seconds so the screen follows without a reload. */
export function useLiveAttendance(meetingId: string, options: { enabled?: boolean } = {}) {
  const api = useApiClient();
  return useQuery({
    queryKey: keys.attendance(meetingId),
    queryFn: async (): Promise<AttendanceView> =>
      unwrap(await api.GET('/api/v1/meetings/{id}/attendance', { params: { path: { id: meetingId } } })),
    refetchInterval: ATTENDANCE_POLL_MS,
    refetchIntervalInBackground: true,
    staleTime: 0,
    enabled: options.enabled ?? true,
  });
}

/**
 * The current check-in code. A new one is asked for shortly before the shown one expires (and, as a fallback, once
 * per rotation period); a refused answer (403, 409) is not asked again.
 */
export function useCheckInCode(meetingId: string) {
  const api = useApiClient();
  const query = useQuery({
    queryKey: keys.code(meetingId),
    queryFn: async (): Promise<CheckInCode> =>
      unwrap(await api.GET('/api/v1/meetings/{id}/check-in-code', { params: { path: { id: meetingId } } })),
    staleTime: 0,
    refetchInterval: (q) => (q.state.data ? Math.max(5, q.state.data.rotatesEverySeconds) * 1000 : false),
    refetchIntervalInBackground: true,
  });
  const expiresAt = query.data?.expiresAt;
  const { refetch } = query;
  useEffect(() => {
    if (!expiresAt) return;
    const due = new Date(expiresAt).getTime() - CODE_REFRESH_LEAD_MS - Date.now();
    const timer = setTimeout(() => void refetch(), Math.max(1000, due));
    return () => clearTimeout(timer);
  }, [expiresAt, refetch]);
  return query;
}

/** Checks the caller in with a code; the meeting (its «my attendance» and counts) is asked again afterwards. */
export function useCheckIn(meetingId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (token: string): Promise<CheckIn> =>
      unwrap(await api.POST('/api/v1/meetings/{id}/check-ins', { params: { path: { id: meetingId } }, body: { token } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.meeting(meetingId) }),
  });
}
