// What the app takes from AG Grid at run time: every value imported from 'ag-grid-community'
// (types are free). In a build, ag-grid-classic.ts bundles exactly these into a classic
// script; a name missing here fails the build where it is imported.
export {
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
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  ScrollApiModule,
  SelectEditorModule,
  TextEditorModule,
  TextFilterModule,
  TooltipModule,
  createGrid,
} from 'ag-grid-community';
