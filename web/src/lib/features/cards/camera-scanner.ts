// Reads QR codes from the device camera: the browser's BarcodeDetector where it supports
// QR codes, else the `jsqr` decoder (maintained, pure JS, lazy-loaded) on video frames.
// Calls `onText` once with the first code read and stops; stop() releases the camera.

export interface Scanner {
  stop(): void;
}

type Detect = (video: HTMLVideoElement) => Promise<string | null>;

interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

async function nativeDetect(): Promise<Detect | null> {
  const Ctor = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Ctor) return null;
  try {
    if (!(await Ctor.getSupportedFormats()).includes('qr_code')) return null;
    const detector = new Ctor({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  } catch {
    return null;
  }
}

async function jsqrDetect(): Promise<Detect> {
  const jsQR = (await import('jsqr')).default;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  return async (video) => {
    const { videoWidth: w, videoHeight: h } = video;
    if (w === 0 || h === 0) return null;
    if (canvas.width !== w || canvas.height !== h) [canvas.width, canvas.height] = [w, h];
    ctx.drawImage(video, 0, 0, w, h);
    const code = jsQR(ctx.getImageData(0, 0, w, h).data, w, h, {
      inversionAttempts: 'dontInvert',
    });
    return code?.data || null;
  };
}

/** Starts the camera into `video`; null when no camera can be opened. */
export async function startScanner(
  video: HTMLVideoElement,
  onText: (text: string) => void,
): Promise<Scanner | null> {
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      video: { facingMode: 'environment' },
      audio: false,
    });
  } catch {
    return null;
  }
  let stopped = false;
  const stop = () => {
    stopped = true;
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  video.srcObject = stream;
  video.muted = true;
  await video.play().catch(() => undefined);
  const detect = (await nativeDetect()) ?? (await jsqrDetect());
  const frame = async () => {
    if (stopped) return;
    const text = await detect(video).catch(() => null);
    if (stopped) return;
    if (text) {
      stop();
      onText(text);
      return;
    }
    video.requestVideoFrameCallback(() => void frame());
  };
  video.requestVideoFrameCallback(() => void frame());
  return { stop };
}
