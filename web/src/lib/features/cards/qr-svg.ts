// A card's QR code as SVG text (library `qrcode`: maintained, pure JS, no canvas needed).
// The credential is Base45, so the code is in alphanumeric mode; level M survives wear.
// The quiet zone is the standard's 4 modules, inside the SVG, so the code reads the same
// wherever it is placed (on the phone's card, on the printed sheet).
import QRCode from 'qrcode';

/** Light modules around the code on every side (ISO/IEC 18004). */
export const QR_QUIET_ZONE = 4;

export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: QR_QUIET_ZONE,
  });
}
