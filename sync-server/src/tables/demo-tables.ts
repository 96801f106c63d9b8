// The demo's committee tables for the city committee: the 2020 acceptance table from the
// customer's seed file and the resolutions of the minutes of 21 September 2020.
import { readFileSync } from 'node:fs';
import { DEMO_ROOT_IDS } from '@profgrid/core/demo';
import {
  ACCEPTANCE_TEMPLATE,
  RESOLUTIONS_TEMPLATE,
  acceptanceDemoRows,
  resolutionsDemoRows,
} from '@profgrid/core/tables';
import { RelayError } from '../errors.ts';
import { INSTITUTIONS_FILE } from '../demo/seed.ts';
import type { TableService } from './table-service.ts';

export const DEMO_TABLE_IDS = {
  acceptance: 'belgorod-acceptance-2020',
  resolutions: 'belgorod-resolutions-2020-09-21',
} as const;

export async function seedDemoTables(
  service: TableService,
  file = INSTITUTIONS_FILE,
): Promise<void> {
  const city = DEMO_ROOT_IDS.city;
  const rows = acceptanceDemoRows(JSON.parse(readFileSync(file, 'utf8')));
  if (!rows) throw new RelayError('seed-data-invalid', `malformed institutions file ${file}`);
  await service.create(
    city,
    'Приёмка учреждений к 2020–2021 учебному году',
    ACCEPTANCE_TEMPLATE,
    null,
    {
      id: DEMO_TABLE_IDS.acceptance,
      rows,
    },
  );
  await service.create(
    city,
    'Постановления горкома от 21.09.2020 и контроль исполнения',
    RESOLUTIONS_TEMPLATE,
    null,
    { id: DEMO_TABLE_IDS.resolutions, rows: resolutionsDemoRows() },
  );
}
