// The SQLite DocStore passes the storage contract suite.
import { openSqlite } from '../src/store/sqlite-db.ts';
import { SqliteDocStore } from '../src/store/sqlite-doc-store.ts';
import type { DocStore } from '../src/store/doc-store.ts';
import { registerDocStoreContractTests } from './doc-store-contract.ts';
import { removeDir, tempDataDir } from './relay-harness.ts';

registerDocStoreContractTests('sqlite', async () => {
  const dir = tempDataDir();
  return {
    async open(): Promise<DocStore> {
      const db = openSqlite(dir);
      const store = new SqliteDocStore(db);
      return {
        load: (n) => store.load(n),
        append: (n, u) => store.append(n, u),
        compact: (n, s, q) => store.compact(n, s, q),
        names: () => store.names(),
        close: async () => {
          await store.close();
          if (db.isOpen) db.close();
        },
      };
    },
    async cleanup() {
      removeDir(dir);
    },
  };
});
