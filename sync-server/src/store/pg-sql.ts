// Sql over a node-postgres pool: `?` placeholders become $1…$n (the registry's SQL has
// no `?` inside string literals), int8 and numeric columns (counts, millisecond times)
// come back as numbers — every such value fits in 2^53. exclusive() holds a session
// advisory lock on one pooled connection for the duration of fn; tryExclusive() the same
// when nobody holds it, else returns at once.
import pg from 'pg';
import { inPgTransaction } from './pg-transaction.ts';
import type { Sql, SqlValue } from './sql.ts';

const INT8 = 20;
const NUMERIC = 1700;

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** Numbers the `?` placeholders of a statement for PostgreSQL. */
export function pgPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const query = (sql: string, params: readonly SqlValue[] = []): pg.QueryConfig => ({
  text: pgPlaceholders(sql),
  values: [...params],
  types,
});

export function pgSql(pool: pg.Pool): Sql {
  return {
    dialect: 'postgres',
    async all<T>(sql: string, params?: readonly SqlValue[]) {
      return (await pool.query(query(sql, params))).rows as T[];
    },
    async get<T>(sql: string, params?: readonly SqlValue[]) {
      return (await pool.query(query(sql, params))).rows[0] as T | undefined;
    },
    async run(sql, params) {
      return (await pool.query(query(sql, params))).rowCount ?? 0;
    },
    async batch(statements, options) {
      await inPgTransaction(pool, async (client) => {
        if (options?.durable === false) await client.query('SET LOCAL synchronous_commit = off');
        for (const s of statements) await client.query(query(s.sql, s.params));
      });
    },
    async exclusive(key, fn) {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [key]);
        try {
          return await fn();
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [key]);
        }
      } finally {
        client.release();
      }
    },
    async tryExclusive(key, fn) {
      const client = await pool.connect();
      try {
        const { rows } = await client.query<{ held: boolean }>(
          'SELECT pg_try_advisory_lock($1) AS held',
          [key],
        );
        if (!rows[0]?.held) return false;
        try {
          await fn();
          return true;
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [key]);
        }
      } finally {
        client.release();
      }
    },
    inJsonList: (column) => `${column} IN (SELECT jsonb_array_elements_text(?::jsonb))`,
    nowMs: '(extract(epoch from clock_timestamp()) * 1000)::bigint',
  };
}
