// A card's QR code as SVG text (library `qrcode`: maintained, pure JS, no canvas needed).
// The credential is Base45, so the code is in alphanumeric mode; level M survives wear.
import QRCode from 'qrcode';

export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
