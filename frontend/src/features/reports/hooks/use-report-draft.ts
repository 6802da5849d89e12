import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApiClient } from '@/lib/api/client';
import { isApiError, isStaleVersion, unwrap } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import type { QuarterlyReport } from '@/lib/api/types';
import { useSaveReportRequest } from '../api/reports';
import { editableNumber, parseNumber } from '../numbers';

/** How long typing may pause before the draft is sent. */
export const AUTOSAVE_DELAY_MS = 800;
/** How often an unsent draft is tried again while the connection is down (also at once when it comes back). */
export const RETRY_DELAY_MS = 5000;

export type SaveState =
  | { kind: 'saved'; at: Date | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'offline' }
  | { kind: 'conflict'; theirs: QuarterlyReport }
  | { kind: 'refused'; message: string };

interface Stored {
  texts: Record<string, string>;
  comment: string;
  version: number;
  at: string;
}

const storageKey = (reportId: string) => `karta.report-unsent.${reportId}`;

function readStored(reportId: string): Stored | null {
  try {
    const raw = window.localStorage.getItem(storageKey(reportId));
    return raw ? (JSON.parse(raw) as Stored) : null;
  } catch {
    return null;
  }
}

function writeStored(reportId: string, stored: Stored | null) {
  try {
    if (stored) window.localStorage.setItem(storageKey(reportId), JSON.stringify(stored));
    else window.localStorage.removeItem(storageKey(reportId));
  } catch {
    // storage full or refused: the draft still goes to the server as soon as it can
  }
}

function textsOf(report: QuarterlyReport, language: string): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const [code, value] of Object.entries(report.values)) texts[code] = editableNumber(value, language);
  return texts;
}

/**
 * The entered content of a report as the accountant types it, saved to the server a moment after typing pauses.
 * Every keystroke is also kept on this device (localStorage) until the server has it: when the connection drops the
 * draft waits there, is sent again every few seconds and at once when the browser is back online, and survives a
 * closed tab. When the report was changed elsewhere meanwhile (a stale version), nothing is overwritten: the state
 * says so and the user keeps theirs on top or takes the other.
 */
export function useReportDraft(report: QuarterlyReport, { enabled, language }: { enabled: boolean; language: string }) {
  const api = useApiClient();
  const save = useSaveReportRequest();
  const queryClient = useQueryClient();
  const stored = useMemo(() => (enabled ? readStored(report.id) : null), [enabled, report.id]);

  const [texts, setTexts] = useState<Record<string, string>>(() => stored?.texts ?? textsOf(report, language));
  const [comment, setCommentState] = useState<string>(() => stored?.comment ?? report.comment ?? '');
  // A draft left unsent on a version that has changed since is a conflict from the start.
  const [state, setState] = useState<SaveState>(() =>
    stored && stored.version !== report.version ? { kind: 'conflict', theirs: report } : { kind: 'saved', at: null },
  );
  const [restored] = useState(Boolean(stored));

  const textsRef = useRef(texts);
  const commentRef = useRef(comment);
  const versionRef = useRef(report.version);
  const serverValuesRef = useRef(report.values);
  const edits = useRef(0);
  const inFlight = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The latest `send`, for timers and listeners set up before it changed.
  const sendRef = useRef<() => Promise<void>>(() => Promise.resolve());
  const retry = useCallback(() => void sendRef.current(), []);

  const parsed = useMemo(() => {
    const values: Record<string, number | null> = {};
    const invalid: string[] = [];
    for (const [code, text] of Object.entries(texts)) {
      const result = parseNumber(text);
      if (result.kind === 'number') values[code] = result.value;
      else if (result.kind === 'blank') values[code] = null;
      else invalid.push(code);
    }
    return { values, invalid };
  }, [texts]);

  const schedule = useCallback((delay: number, run: () => void) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(run, delay);
  }, []);

  const send = useCallback(async (): Promise<void> => {
    if (!enabled) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    const sentEdits = edits.current;
    const values: Record<string, number | null> = {};
    for (const [code, text] of Object.entries(textsRef.current)) {
      const result = parseNumber(text);
      // A value that is not a number yet keeps what the server has; the field says what is wrong.
      values[code] = result.kind === 'number' ? result.value : result.kind === 'blank' ? null : (serverValuesRef.current[code] ?? null);
    }
    setState({ kind: 'saving' });
    try {
      const saved = await save(report.id, { values, comment: commentRef.current.trim() || null, version: versionRef.current });
      versionRef.current = saved.version;
      serverValuesRef.current = saved.values;
      queryClient.setQueryData(queryKeys.report(saved.id), saved);
      if (edits.current === sentEdits) {
        writeStored(report.id, null);
        setState({ kind: 'saved', at: new Date() });
      } else {
        again.current = true;
      }
    } catch (error) {
      if (isStaleVersion(error)) {
        again.current = false;
        try {
          const theirs = unwrap(await api.GET('/api/v1/quarterly-reports/{id}', { params: { path: { id: report.id } } }));
          setState({ kind: 'conflict', theirs });
        } catch {
          setState({ kind: 'offline' });
          schedule(RETRY_DELAY_MS, retry);
        }
      } else if (isApiError(error)) {
        setState({ kind: 'refused', message: error.message });
        again.current = false;
      } else {
        // No answer: the draft stays on this device and goes when the connection is back.
        setState({ kind: 'offline' });
        again.current = false;
        schedule(RETRY_DELAY_MS, retry);
      }
    } finally {
      inFlight.current = false;
    }
    if (again.current) {
      again.current = false;
      retry();
    }
  }, [api, enabled, queryClient, report.id, retry, save, schedule]);

  useEffect(() => {
    sendRef.current = send;
  }, [send]);

  const changed = useCallback(() => {
    edits.current += 1;
    writeStored(report.id, {
      texts: textsRef.current,
      comment: commentRef.current,
      version: versionRef.current,
      at: new Date().toISOString(),
    });
    setState((current) => (current.kind === 'offline' || current.kind === 'conflict' ? current : { kind: 'pending' }));
    schedule(AUTOSAVE_DELAY_MS, retry);
  }, [report.id, retry, schedule]);

  const setText = useCallback(
    (code: string, text: string) => {
      textsRef.current = { ...textsRef.current, [code]: text };
      setTexts(textsRef.current);
      changed();
    },
    [changed],
  );
  const setComment = useCallback(
    (text: string) => {
      commentRef.current = text;
      setCommentState(text);
      changed();
    },
    [changed],
  );

  /** After a conflict: my values go on top of the other version. */
  const keepMine = useCallback(() => {
    if (state.kind !== 'conflict') return;
    versionRef.current = state.theirs.version;
    serverValuesRef.current = state.theirs.values;
    void send();
  }, [send, state]);

  /** A version saved elsewhere (another window, an uploaded spreadsheet) replaces what is typed here. */
  const adopt = useCallback(
    (theirs: QuarterlyReport, savedAt: Date | null) => {
      if (timer.current) clearTimeout(timer.current);
      versionRef.current = theirs.version;
      serverValuesRef.current = theirs.values;
      textsRef.current = textsOf(theirs, language);
      commentRef.current = theirs.comment ?? '';
      setTexts(textsRef.current);
      setCommentState(commentRef.current);
      writeStored(report.id, null);
      queryClient.setQueryData(queryKeys.report(theirs.id), theirs);
      setState({ kind: 'saved', at: savedAt });
    },
    [language, queryClient, report.id],
  );

  /** After a conflict: the other version replaces what I typed. */
  const takeTheirs = useCallback(() => {
    if (state.kind !== 'conflict') return;
    adopt(state.theirs, null);
  }, [adopt, state]);

  /** The report as an upload saved it: its values are what the form shows now. */
  const adoptSaved = useCallback((saved: QuarterlyReport) => adopt(saved, new Date()), [adopt]);

  // A draft left unsent last time on the version shown now goes at once.
  useEffect(() => {
    if (stored && stored.version === report.version) schedule(0, retry);
    // only once, for the draft found when the page opened
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The report changed by an action (submitted, returned, reopened): take its version when nothing is unsent.
  useEffect(() => {
    if (report.version > versionRef.current && !inFlight.current && readStored(report.id) === null) {
      versionRef.current = report.version;
      serverValuesRef.current = report.values;
    }
  }, [report]);

  // Back online: send what waits.
  useEffect(() => {
    if (!enabled) return undefined;
    const online = () => {
      if (readStored(report.id)) void send();
    };
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [enabled, report.id, send]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  /** Sends what is typed now and waits for it (before submitting). */
  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    if (readStored(report.id)) await send();
  }, [report.id, send]);

  const unsent = state.kind === 'pending' || state.kind === 'saving' || state.kind === 'offline' || state.kind === 'conflict';
  return {
    texts,
    comment,
    values: parsed.values,
    invalid: parsed.invalid,
    state,
    restored,
    unsent,
    setText,
    setComment,
    keepMine,
    takeTheirs,
    adoptSaved,
    flush,
  };
}
