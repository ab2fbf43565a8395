/** `npm run db:migrate [name]`, `db:deploy`, `db:status`, `db:drift`: migrations through the WebAssembly schema engine. */
import { loadConfig } from '../config';
import { exitWhenFlushed } from './exit';
import { targetFor } from '../store/database';
import { createMigration, deployMigrations, migrationStatus, openMigrator, schemaDrift } from '../store/migrations';

async function main(): Promise<number> {
  const [command, name] = process.argv.slice(2);
  const target = targetFor(loadConfig());
  const where = target.kind === 'postgres' ? 'PostgreSQL' : `PGlite at ${target.dataDir}`;
  const migrator = await openMigrator(target);
  try {
    switch (command) {
      case 'deploy': {
        const applied = await deployMigrations(migrator);
        console.log(applied.length ? `Applied ${applied.join(', ')} to ${where}.` : `No pending migrations on ${where}.`);
        return 0;
      }
      case 'migrate': {
        const created = await createMigration(migrator, name ?? 'migration');
        console.log(created ? `Created and applied prisma/migrations/${created}.` : 'schema.prisma and the migrations agree: nothing to create.');
        return 0;
      }
      case 'status': {
        const s = await migrationStatus(migrator);
        console.log(`${s.migrations.length} migrations in prisma/migrations; database: ${where}.`);
        if (s.unapplied.length) console.log(`Not yet applied: ${s.unapplied.join(', ')} (run npm run db:deploy).`);
        if (s.failed.length) console.log(`Failed: ${s.failed.join(', ')}.`);
        if (s.edited.length) console.log(`Edited after being applied: ${s.edited.join(', ')}.`);
        if (s.upToDate) console.log('Database schema is up to date.');
        return s.upToDate ? 0 : 1;
      }
      case 'drift': {
        const sql = await schemaDrift(migrator);
        console.log(sql ? `schema.prisma has changes no migration holds (run npm run db:migrate):\n${sql}` : 'No drift.');
        return sql ? 1 : 0;
      }
      default:
        console.error('usage: db <deploy|migrate [name]|status|drift>');
        return 2;
    }
  } finally {
    await migrator.close();
  }
}

main().then(exitWhenFlushed, (err) => {
  console.error(err instanceof Error ? err.message : err);
  exitWhenFlushed(1);
});
