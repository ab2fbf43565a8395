import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client';
import { lockDataDir } from './data-dir-lock';

export type Db = PrismaClient;

/**
 * A write that lost a race with another transaction: a unique key taken
 * meanwhile (P2002) or a write conflict or deadlock (P2034). Running it
 * again sees the winner's rows.
 */
export function isWriteConflict(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'P2002' || code === 'P2034';
}

/** Where the data lives: a PostgreSQL server, or an embedded PGlite folder ("memory://" for tests). */
export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export interface Database {
  prisma: PrismaClient;
  target: DatabaseTarget;
  close(): Promise<void>;
}

export function targetFor(config: { databaseUrl?: string; dataDir: string }): DatabaseTarget {
  return config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: config.dataDir };
}

/**
 * Opens a PGlite data folder (creating it), locked to this process until the
 * instance is closed (see lockDataDir). PGlite takes 3–6 s to boot.
 */
export async function openPglite(dataDir: string): Promise<PGlite> {
  if (dataDir.startsWith('memory://')) return PGlite.create(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const release = lockDataDir(dataDir);
  try {
    const pglite = await PGlite.create(dataDir);
    const close = pglite.close.bind(pglite);
    pglite.close = () => close().finally(release);
    return pglite;
  } catch (err) {
    release();
    throw err;
  }
}

/** A Prisma client over the target; for PGlite, pass an already open instance to share it with migrations. */
export async function openDatabase(target: DatabaseTarget, pglite?: PGlite): Promise<Database> {
  if (target.kind === 'postgres') {
    // JIT off: the reuse look-up's row estimates grow with the store until PostgreSQL spends
    // 200+ ms compiling a query that runs in 5 ms; every query here is short.
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url, max: 10, options: '-c jit=off' }) });
    return { prisma, target, close: () => prisma.$disconnect() };
  }
  const instance = pglite ?? (await openPglite(target.dataDir));
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(instance) });
  return {
    prisma,
    target,
    close: async () => {
      await prisma.$disconnect();
      if (!pglite) await instance.close();
    },
  };
}
