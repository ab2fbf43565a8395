/**
 * Prisma migrations without Prisma's native schema engine, which cannot be
 * downloaded on these machines: Prisma's own schema engine compiled to
 * WebAssembly does the same work through a driver adapter. The migration
 * files it reads and writes are the standard `prisma/migrations/<name>/migration.sql`.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm' with { 'resolution-mode': 'import' };
import { PRISMA_DIR } from '../paths';
import { openPglite, type DatabaseTarget } from './database';

const SCHEMA_PATH = path.join(PRISMA_DIR, 'schema.prisma');
const MIGRATIONS_DIR = path.join(PRISMA_DIR, 'migrations');
const NO_FILTER = { externalTables: [], externalEnums: [] };

/** Reads the migrations folder in the shape the engine expects. */
export function readMigrations(dir = MIGRATIONS_DIR): MigrationList {
  const lockPath = path.join(dir, 'migration_lock.toml');
  const names = fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

function schemaFiles() {
  return { files: [{ path: SCHEMA_PATH, content: fs.readFileSync(SCHEMA_PATH, 'utf8') }] };
}

/** PGlite's adapter does not await `exec` in executeScript; fix that on each connection. */
async function pgliteAdapter(instance: PGlite): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaPGlite(instance).connect();
  adapter.executeScript = async (script: string) => {
    await instance.exec(script);
  };
  return adapter;
}

class PgliteMigrationFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = 'pglite-migrate';
  private shadows: PGlite[] = [];
  constructor(private readonly instance: PGlite) {}
  connect() {
    return pgliteAdapter(this.instance);
  }
  async connectToShadowDb() {
    const shadow = await openPglite('memory://');
    this.shadows.push(shadow);
    return pgliteAdapter(shadow);
  }
  async close() {
    // The adapter never closes its shadow databases, which keeps node alive.
    await Promise.all(this.shadows.map((s) => s.close()));
  }
}

/**
 * pg_catalog's `"char"` columns (OID 18) are rejected by @prisma/adapter-pg during
 * introspection; they arrive as strings anyway, so report them as text (OID 25).
 */
function poolWithCharAsText(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 2 });
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
  (pool as unknown as { query: unknown }).query = async (...args: unknown[]) => {
    const result = await query(...args);
    for (const field of result.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  return pool;
}

class PostgresMigrationFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = 'pg-migrate';
  private pools: pg.Pool[] = [];
  constructor(private readonly url: string) {}
  private open(connectionString: string) {
    const pool = poolWithCharAsText(connectionString);
    this.pools.push(pool);
    return new PrismaPg(pool).connect();
  }
  connect() {
    return this.open(this.url);
  }
  /** adapter-pg's own shadow set-up ignores connection strings and drops the database while its pool is open. */
  async connectToShadowDb() {
    const name = `prisma_shadow_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: this.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(this.url);
    url.pathname = `/${name}`;
    const adapter = await this.open(url.toString());
    const pool = this.pools[this.pools.length - 1];
    adapter.dispose = async () => {
      await pool.end().catch(() => undefined);
      this.pools = this.pools.filter((p) => p !== pool);
      const dropper = new pg.Client({ connectionString: this.url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}"`);
      await dropper.end();
    };
    return adapter;
  }
  async close() {
    await Promise.all(this.pools.map((p) => p.end().catch(() => undefined)));
  }
}

export interface Migrator {
  engine: SchemaEngine;
  close(): Promise<void>;
}

type EngineModule = typeof import('@prisma/schema-engine-wasm', { with: { 'resolution-mode': 'import' } });
let wasmModule: EngineModule | undefined;

/** Loads the WebAssembly engine once per process (about 100 ms). */
function loadEngineModule(): EngineModule {
  if (wasmModule) return wasmModule;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const glue = require('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm')), 'schema_engine_bg.wasm');
  const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(wasmPath)), {
    './schema_engine_bg.js': glue,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  wasmModule = glue;
  return glue;
}

/** Opens the schema engine against a target; for PGlite, reuse an open instance when the caller has one. */
export async function openMigrator(target: DatabaseTarget, pglite?: PGlite): Promise<Migrator> {
  const { SchemaEngine } = loadEngineModule();
  const ownPglite = target.kind === 'pglite' && !pglite ? await openPglite(target.dataDir) : undefined;
  const factory =
    target.kind === 'postgres'
      ? new PostgresMigrationFactory(target.url)
      : new PgliteMigrationFactory((pglite ?? ownPglite) as PGlite);
  const logs: string[] = [];
  const engine = await SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, fs.readFileSync(SCHEMA_PATH, 'utf8')]] },
    (line: string) => logs.push(line),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await factory.close();
      if (ownPglite) await ownPglite.close();
    },
  };
}

/** Applies pending migrations; returns the names applied. */
export async function deployMigrations(m: Migrator): Promise<string[]> {
  const out = await m.engine.applyMigrations({ migrationsList: readMigrations(), filters: NO_FILTER });
  return out.appliedMigrationNames;
}

export interface MigrationStatus {
  migrations: string[];
  unapplied: string[];
  failed: string[];
  edited: string[];
  upToDate: boolean;
}

export async function migrationStatus(m: Migrator): Promise<MigrationStatus> {
  const list = readMigrations();
  const out = await m.engine.diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters: NO_FILTER });
  const history = out.history;
  const unapplied = !out.hasMigrationsTable
    ? list.migrationDirectories.map((d) => d.path)
    : history && 'unappliedMigrationNames' in history
      ? history.unappliedMigrationNames
      : [];
  return {
    migrations: list.migrationDirectories.map((d) => d.path),
    unapplied,
    failed: out.failedMigrationNames,
    edited: out.editedMigrationNames,
    upToDate: unapplied.length === 0 && out.failedMigrationNames.length === 0 && history === null,
  };
}

/**
 * The SQL that would bring the migrations up to schema.prisma, or '' when they
 * agree. Replays the migrations on a shadow database.
 */
export async function schemaDrift(m: Migrator): Promise<string> {
  const out = await m.engine.diff({
    from: { tag: 'migrations', ...readMigrations() },
    to: { tag: 'schemaDatamodel', ...schemaFiles() },
    script: true,
    exitCode: true,
    filters: NO_FILTER,
  });
  return out.exitCode === 2 ? (out.stdout ?? '').trim() : '';
}

/**
 * Writes a new migration for whatever schema.prisma adds (the engine's diff from
 * the migrations folder to the schema, as `prisma migrate diff` would print it),
 * then applies it. Returns its folder name, or null when there is nothing to add.
 */
export async function createMigration(m: Migrator, name: string, now = new Date()): Promise<string | null> {
  const sql = await schemaDrift(m);
  if (!sql) return null;
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const folder = `${stamp}_${name.replace(/[^a-z0-9_]+/gi, '_').toLowerCase() || 'migration'}`;
  fs.mkdirSync(path.join(MIGRATIONS_DIR, folder), { recursive: true });
  fs.writeFileSync(path.join(MIGRATIONS_DIR, folder, 'migration.sql'), `${sql}\n`);
  await deployMigrations(m);
  return folder;
}
