import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';

const WIDTH = 640;
const HEIGHT = 480;

/**
 * A video file for Chromium's fake camera (--use-file-for-fake-video-capture) that shows what a locator shows on
 * screen — the rendered QR code of the organiser's screen — as a phone held in front of it would see it: the
 * element's screenshot, centred on white, as YUV4MPEG2 frames (grey: the chroma planes are neutral).
 */
export async function cameraFileOf(element: Locator): Promise<string> {
  const png = await element.screenshot();
  const luma = await element.page().evaluate(
    async ({ data, width, height }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, width, height);
      const scale = Math.min((height * 0.9) / image.height, (width * 0.9) / image.width, 4);
      const w = Math.round(image.width * scale);
      const h = Math.round(image.height * scale);
      context.imageSmoothingEnabled = false;
      context.drawImage(image, Math.round((width - w) / 2), Math.round((height - h) / 2), w, h);
      const pixels = context.getImageData(0, 0, width, height).data;
      const y: number[] = new Array<number>(width * height);
      for (let i = 0; i < width * height; i++) {
        y[i] = Math.round(0.299 * pixels[i * 4] + 0.587 * pixels[i * 4 + 1] + 0.114 * pixels[i * 4 + 2]);
      }
      return y;
    },
    { data: png.toString('base64'), width: WIDTH, height: HEIGHT },
  );
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`, 'ascii');
  const frame = Buffer.concat([Buffer.from('FRAME\n', 'ascii'), Buffer.from(luma), Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128)]);
  const file = join(tmpdir(), `karta-camera-${process.pid}-${Date.now()}.y4m`);
  writeFileSync(file, Buffer.concat([header, frame, frame, frame, frame, frame]));
  return file;
}
