import { type Database, type DatabaseTarget, openDatabase, openPglite } from './database';
import { deployMigrations, openMigrator } from './migrations';

/**
 * Opens the store ready for use: applies pending migrations first, then opens
 * the Prisma client. An embedded PGlite is opened once and shared by both,
 * since one data folder takes one process and booting it costs seconds.
 */
export async function openStore(target: DatabaseTarget): Promise<Database & { applied: string[] }> {
  const pglite = target.kind === 'pglite' ? await openPglite(target.dataDir) : undefined;
  const migrator = await openMigrator(target, pglite);
  let applied: string[];
  try {
    applied = await deployMigrations(migrator);
  } finally {
    await migrator.close();
  }
  const db = await openDatabase(target, pglite);
  return {
    ...db,
    applied,
    close: async () => {
      await db.close();
      await pglite?.close();
    },
  };
}
