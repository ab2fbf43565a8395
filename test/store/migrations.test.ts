import { openMigrator, schemaDrift, migrationStatus } from '../../src/store/migrations';
import { openPglite } from '../../src/store/database';

describe('migrations', () => {
  it('when schema.prisma and prisma/migrations are compared, they agree (no drift)', async () => {
    const target = process.env.DATABASE_URL
      ? ({ kind: 'postgres', url: process.env.DATABASE_URL } as const)
      : ({ kind: 'pglite', dataDir: 'memory://' } as const);
    const pglite = target.kind === 'pglite' ? await openPglite('memory://') : undefined;
    const migrator = await openMigrator(target, pglite);
    try {
      expect(await schemaDrift(migrator)).toBe('');
    } finally {
      await migrator.close();
      await pglite?.close();
    }
  });

  it('when a database is new, status lists every migration as not applied', async () => {
    const pglite = await openPglite('memory://');
    const migrator = await openMigrator({ kind: 'pglite', dataDir: 'memory://' }, pglite);
    try {
      const status = await migrationStatus(migrator);
      expect(status.upToDate).toBe(false);
      expect(status.unapplied).toEqual(status.migrations);
      expect(status.migrations.length).toBeGreaterThan(0);
    } finally {
      await migrator.close();
      await pglite.close();
    }
  });
});
