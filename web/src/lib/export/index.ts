// The export kit: one CSV writer over core's serializer and one download helper.
export { csvBlob, csvText, csvTextBlob } from './csv.ts';
export type { CsvValue } from './csv.ts';
export { saveBlob } from './download.ts';
