import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type UploadProgress } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type {
  Attachment,
  AttachmentList,
  ProgressUpdateList,
  Roadmap,
  RoadmapImportCommitInput,
  RoadmapImportPreview,
} from '@/lib/api/types';
import { fileNameOf, saveBlob } from '@/lib/download';

/** Reads a roadmap document into a preview (nothing changes yet), reporting the upload's progress. */
export function useCreateImport() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, onProgress }: { file: File; onProgress?: (progress: UploadProgress) => void }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return unwrap(await api.upload<RoadmapImportPreview>('/api/v1/roadmap-imports', form, onProgress));
    },
    onSuccess: (preview) => queryClient.setQueryData(queryKeys.roadmapImport(preview.id), preview),
  });
}

/** A preview as the server keeps it (so that a reload of the wizard finds it again). */
export function useRoadmapImport(importId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.roadmapImport(importId),
    queryFn: async () => unwrap(await api.GET('/api/v1/roadmap-imports/{id}', { params: { path: { id: importId } } })),
    enabled: importId !== '',
  });
}

/** Makes the preview, with the choices made on it, a new draft roadmap. */
export function useCommitImport(importId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: RoadmapImportCommitInput): Promise<Roadmap> =>
      unwrap(await api.POST('/api/v1/roadmap-imports/{id}/commit', { params: { path: { id: importId } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.roadmaps() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.roadmapImport(importId) });
    },
  });
}

export type DocumentFormat = 'docx' | 'xlsx';

/** Downloads the roadmap, or its execution report as of a day, and saves it under the server's file name. */
export function useRoadmapDocument() {
  const api = useApiClient();
  return useMutation({
    mutationFn: async ({
      roadmapId,
      kind,
      format,
      asOf,
    }: {
      roadmapId: string;
      kind: 'roadmap' | 'execution';
      format: DocumentFormat;
      asOf?: string;
    }) => {
      const result =
        kind === 'roadmap'
          ? await api.GET('/api/v1/roadmaps/{id}/export', { params: { path: { id: roadmapId }, query: { format } }, parseAs: 'blob' })
          : await api.GET('/api/v1/roadmaps/{id}/execution-report', {
              params: { path: { id: roadmapId }, query: { format, ...(asOf ? { asOf } : {}) } },
              parseAs: 'blob',
            });
      const blob = unwrap(result as { data?: Blob; error?: unknown; response: Response });
      saveBlob(blob, fileNameOf(result.response.headers.get('Content-Disposition'), `karta-${kind}.${format}`));
    },
  });
}

/** The evidence files of an item and of its progress updates. */
export function useAttachments(itemId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.itemAttachments(itemId),
    queryFn: async (): Promise<AttachmentList> =>
      unwrap(await api.GET('/api/v1/roadmap-items/{id}/attachments', { params: { path: { id: itemId } } })),
  });
}

/** The item's progress updates, to say which one a file documents. */
export function useProgressUpdates(itemId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.itemProgress(itemId),
    queryFn: async (): Promise<ProgressUpdateList> =>
      unwrap(await api.GET('/api/v1/roadmap-items/{id}/progress-updates', { params: { path: { id: itemId } } })),
  });
}

export function useUploadAttachment(itemId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      file,
      progressUpdateId,
      onProgress,
    }: {
      file: File;
      progressUpdateId?: string;
      onProgress?: (progress: UploadProgress) => void;
    }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      if (progressUpdateId) form.append('progressUpdateId', progressUpdateId);
      return unwrap(await api.upload<Attachment>(`/api/v1/roadmap-items/${itemId}/attachments`, form, onProgress));
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.itemAttachments(itemId) }),
  });
}

export function useDeleteAttachment(itemId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (attachmentId: string) =>
      unwrap(await api.DELETE('/api/v1/attachments/{id}', { params: { path: { id: attachmentId } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.itemAttachments(itemId) }),
  });
}

/** Downloads a file with the bearer token and saves it under its original name. */
export function useDownloadAttachment() {
  const api = useApiClient();
  return useMutation({
    mutationFn: async (attachment: Attachment) => {
      const result = await api.GET('/api/v1/attachments/{id}', { params: { path: { id: attachment.id } }, parseAs: 'blob' });
      const blob = unwrap(result as { data?: Blob; error?: unknown; response: Response });
      saveBlob(blob, fileNameOf(result.response.headers.get('Content-Disposition'), attachment.fileName));
    },
  });
}
