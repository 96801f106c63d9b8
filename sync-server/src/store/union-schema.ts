// Indexes the union-scale registry needs: the next sort key is an index lookup
// (MAX(sort_key)) instead of a scan of every organization on each insert, and a parent's
// children are found by index. The same for both dialects; one step in each migration list.
const UNION_INDEXES = `
  CREATE INDEX IF NOT EXISTS orgs_sort_key ON orgs (sort_key);
  CREATE INDEX IF NOT EXISTS orgs_parent ON orgs (parent_id, sort_key);
`;

export const UNION_SCHEMA_SQLITE = UNION_INDEXES;
export const UNION_SCHEMA_PG = UNION_INDEXES;
