import { Alert, Box, Button, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useEffectEvent, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type jsQR from 'jsqr';

/** How often a frame of the camera is looked at for a QR code. */
const SCAN_INTERVAL_MS = 200;
/** Frames are scaled down to this width before decoding: enough for a code across a room, cheap on a phone. */
const MAX_FRAME_WIDTH = 720;

type Camera = 'starting' | 'on' | 'unavailable' | 'denied' | 'failed';

type Decode = typeof jsQR;

function cameraSupported(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

/**
 * Reads a QR code with the phone's back camera: a plain getUserMedia stream, a frame drawn to a canvas every 200 ms
 * and decoded with jsQR. `onText` gets each decoded text and answers whether it was the code looked for; then the
 * camera stops. Without a camera (or its permission) the code or the link can be pasted instead. The camera is
 * always released when the scanner goes away.
 */
export function QrScanner({ onText, error }: { onText: (text: string) => boolean; error?: string | null }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [camera, setCamera] = useState<Camera>(() => (cameraSupported() ? 'starting' : 'unavailable'));
  const [manual, setManual] = useState('');
  const handle = useEffectEvent((text: string) => onText(text));

  useEffect(() => {
    if (!cameraSupported()) return;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    const canvas = document.createElement('canvas');
    // The decoder (40 KB) is fetched while the camera starts, not with the page: a phone that arrives from the
    // screen's QR code with its code in the address never needs it.
    let decode: Decode | null = null;
    const decoder = import('jsqr').then((module) => {
      decode = module.default;
    });
    // Awaited once the camera is on (a failed download then reads as a failed camera); handled here for when it never is.
    decoder.catch(() => undefined);
    const stop = () => {
      stopped = true;
      if (timer !== undefined) clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
      stream = null;
    };
    const scan = () => {
      const element = video.current;
      if (!decode || !element || element.readyState < 2 || !element.videoWidth) return;
      const scale = Math.min(1, MAX_FRAME_WIDTH / element.videoWidth);
      const width = Math.round(element.videoWidth * scale);
      const height = Math.round(element.videoHeight * scale);
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) return;
      context.drawImage(element, 0, 0, width, height);
      const found = decode(context.getImageData(0, 0, width, height).data, width, height, { inversionAttempts: 'dontInvert' });
      if (found?.data && handle(found.data)) stop();
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (media) => {
        if (stopped) {
          media.getTracks().forEach((track) => track.stop());
          return;
        }
        stream = media;
        const element = video.current;
        if (element) {
          element.srcObject = media;
          await element.play().catch(() => undefined);
        }
        setCamera('on');
        await decoder;
        if (!stopped) timer = setInterval(scan, SCAN_INTERVAL_MS);
      })
      .catch((failure: unknown) => {
        if (stopped) return;
        const name = failure instanceof DOMException || failure instanceof Error ? failure.name : '';
        setCamera(name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'failed');
      });
    return stop;
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (manual.trim()) onText(manual);
  };

  const cameraProblem =
    camera === 'unavailable'
      ? t('checkIn.scanner.unavailable')
      : camera === 'denied'
        ? t('checkIn.scanner.denied')
        : camera === 'failed'
          ? t('checkIn.scanner.failed')
          : null;

  return (
    <Stack gap="md">
      {cameraProblem ? (
        <Alert color="orange.9" variant="light" role="alert" title={t('checkIn.scanner.noCamera')}>
          {cameraProblem}
        </Alert>
      ) : (
        <Stack gap="xs">
          <Text fz="lg">{t('checkIn.scanner.instruction')}</Text>
          <Box
            pos="relative"
            w="100%"
            bg="dark.9"
            style={{ aspectRatio: '3 / 4', maxHeight: '60vh', overflow: 'hidden', borderRadius: 'var(--mantine-radius-md)' }}
          >
            <video
              ref={video}
              muted
              playsInline
              autoPlay
              aria-label={t('checkIn.scanner.video')}
              style={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }}
            />
          </Box>
          {camera === 'starting' && (
            <Text size="sm" c="dimmed" role="status">
              {t('checkIn.scanner.starting')}
            </Text>
          )}
        </Stack>
      )}
      {error && (
        <Alert color="red.9" variant="light" role="alert">
          {error}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            size="md"
            label={t('checkIn.scanner.manualLabel')}
            description={t('checkIn.scanner.manualHint')}
            value={manual}
            onChange={(event) => setManual(event.currentTarget.value)}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
          />
          <Button type="submit" size="lg" fullWidth disabled={!manual.trim()}>
            {t('checkIn.scanner.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
