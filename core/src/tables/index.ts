// Committee tables: `table:<id>` documents, their columns, templates, summaries and the
// printable result. See core/CONTEXT.md → Committee tables.
export * from './doc-name.ts';
export * from './columns.ts';
export * from './table-doc.ts';
export * from './templates.ts';
export * from './instantiate.ts';
export * from './summary.ts';
export * from './minutes.ts';
export * from './demo-tables.ts';
export * from './wire.ts';
