// AG Grid modules the table grid needs beyond the member grid's (members/grid-modules.ts):
// date and number filters of typed columns.
import { DateFilterModule, ModuleRegistry, NumberFilterModule } from 'ag-grid-community';
import { registerGridModules } from '../members/grid-modules.ts';

let registered = false;

export function registerTableGridModules(): void {
  registerGridModules();
  if (registered) return;
  ModuleRegistry.registerModules([DateFilterModule, NumberFilterModule]);
  registered = true;
}
