import pg from 'pg';
import type { Database, DatabaseTarget } from '../../src/store/database';
import { openStore } from '../../src/store/open';

/**
 * A fresh, migrated store for one test file: an in-memory PGlite by default,
 * or a new database on the server DATABASE_URL points at (dropped afterwards).
 */
export async function createTestStore(): Promise<Database> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return openStore({ kind: 'pglite', dataDir: 'memory://' });
  const name = `prov_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const target: DatabaseTarget = { kind: 'postgres', url: url.toString() };
  const store = await openStore(target);
  return {
    ...store,
    close: async () => {
      await store.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export const SEEDS_DIR = `${__dirname}/../../corpus/sample`;

/** An editor with a known password and an API token, for tests of writes. */
export async function createTestEditor(db: Database['prisma'], name = 'test-editor', password = 'correct horse battery staple') {
  const { addEditor, issueApiToken } = await import('../../src/services/auth');
  await addEditor(db, name, password);
  return { name, password, token: await issueApiToken(db, name, 'tests') };
}

/** The ids of the five seed articles in a store, by their number prefix ("000" … "004"). */
export async function seedIds(db: Database['prisma']): Promise<Record<string, number>> {
  const rows = await db.article.findMany({ where: { sourceName: { not: null } }, select: { id: true, sourceName: true } });
  return Object.fromEntries(rows.map((a) => [a.sourceName!.slice(0, 3), a.id]));
}

/** A fresh store holding the sample corpus, and the seeds' ids. */
export async function createSeededStore(): Promise<{ store: Database; ids: Record<string, number> }> {
  const { loadSampleCorpusIfEmpty } = await import('../../src/services/sample-corpus');
  const store = await createTestStore();
  await loadSampleCorpusIfEmpty(store.prisma, SEEDS_DIR);
  return { store, ids: await seedIds(store.prisma) };
}
