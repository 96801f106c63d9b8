// The AG Grid modules the member grid uses. Registering only these (instead of
// AllCommunityModule) trims the grid's cold start; a feature that needs another module
// adds it here (AG Grid logs error #200 naming the missing module). The member and the
// table grid both register through here. Their stylesheets come from ../grid-styles.
import {
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  CustomEditorModule,
  DateFilterModule,
  EventApiModule,
  ExternalFilterModule,
  LargeTextEditorModule,
  LocaleModule,
  ModuleRegistry,
  NumberFilterModule,
  QuickFilterModule,
  TextFilterModule,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  ScrollApiModule,
  SelectEditorModule,
  TextEditorModule,
  TooltipModule,
} from 'ag-grid-community';

let registered = false;

export function registerGridModules(): void {
  if (registered) return;
  ModuleRegistry.registerModules([
    ClientSideRowModelModule,
    ColumnApiModule,
    ClientSideRowModelApiModule,
    RowApiModule,
    RenderApiModule,
    ScrollApiModule,
    EventApiModule,
    TextEditorModule,
    SelectEditorModule,
    LargeTextEditorModule,
    // The checkbox popup of multiple choice custom columns.
    CustomEditorModule,
    RowSelectionModule,
    TooltipModule,
    CellStyleModule,
    ColumnAutoSizeModule,
    LocaleModule,
    QuickFilterModule,
    TextFilterModule,
    // date and number columns' filters; the quick filters' external filter
    DateFilterModule,
    NumberFilterModule,
    ExternalFilterModule,
  ]);
  registered = true;
}
