import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { generateCorpus, random } from '../../bench/generate-corpus';
import type { DatabaseTarget } from '../../src/store/database';
import { openStore } from '../../src/store/open';

const ROOT = path.join(__dirname, '..', '..');
/** "A few thousand": enough that kills land in every phase (reading, analysing, writing, linking) many times over. */
const ARTICLES = Number(process.env.CRASH_ARTICLES ?? 3000);
const KILLS = Number(process.env.CRASH_KILLS ?? 4);
/** Printed, so a failing run can be repeated exactly with CRASH_SEED. */
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);

/** The store the CLI writes to: a PGlite folder, or a fresh database on DATABASE_URL's server when the suite runs on PostgreSQL. */
async function crashTarget(work: string): Promise<{ target: DatabaseTarget; env: NodeJS.ProcessEnv; drop: () => Promise<void> }> {
  const server = process.env.DATABASE_URL;
  if (!server) {
    const dataDir = path.join(work, 'data');
    return { target: { kind: 'pglite', dataDir }, env: { DATA_DIR: dataDir, DATABASE_URL: '' }, drop: async () => {} };
  }
  const name = `prov_crash_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { target: { kind: 'postgres', url: url.toString() }, env: { DATABASE_URL: url.toString() }, drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/**
 * Runs `provenance import <folder> --verbose` and, when `killAfter` is given,
 * SIGKILLs it that many imported articles later plus a few random
 * milliseconds, so the kill lands mid-article as often as between two.
 */
function runImport(folder: string, env: NodeJS.ProcessEnv, killAfter: number | null, delayMs: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'import', folder, '--verbose'], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: '', ...env },
  });
  let imported = 0;
  let output = '';
  return new Promise<{ imported: number; killed: boolean; code: number | null; output: string }>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      imported += (chunk.toString().match(/^imported/gm) ?? []).length;
      if (killAfter !== null && imported >= killAfter && !child.killed) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code, signal) => resolve({ imported, killed: signal === 'SIGKILL', code, output: output.slice(-2000) }));
    child.on('error', reject);
  });
}

/** What must hold after any kill: every stored article complete, nothing left pointing at nothing. */
async function inconsistencies(target: DatabaseTarget): Promise<Record<string, number>> {
  const store = await openStore(target);
  const count = async (sql: string) => Number((await store.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM ${sql}`))[0].n);
  try {
    return {
      'articles not analysed': await count('article WHERE analysed_at IS NULL'),
      'articles without sentences': await count('article a WHERE NOT EXISTS (SELECT 1 FROM sentence s WHERE s.article_id = a.id)'),
      'articles without fingerprints': await count('article a WHERE NOT EXISTS (SELECT 1 FROM fingerprint f WHERE f.article_id = a.id)'),
      'citations without sentence': await count('citation WHERE sentence_id IS NULL'),
      'sources cited by nothing': await count('source s WHERE NOT EXISTS (SELECT 1 FROM citation c WHERE c.source_id = s.id)'),
      'outlets with neither article nor source': await count(
        'outlet o WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.outlet_id = o.id) AND NOT EXISTS (SELECT 1 FROM source s WHERE s.outlet_id = o.id)',
      ),
      'reuse rows without passages': await count('reuse r WHERE NOT EXISTS (SELECT 1 FROM passage p WHERE p.reuse_id = r.id)'),
    };
  } finally {
    await store.close();
  }
}

const NONE = (o: Record<string, number>) => Object.fromEntries(Object.keys(o).map((k) => [k, 0]));

describe(`provenance import of ${ARTICLES} articles, killed with SIGKILL ${KILLS} times at random points (seed ${SEED})`, () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'prov-crash-'));
  const folder = path.join(work, 'articles');
  let store: Awaited<ReturnType<typeof crashTarget>>;

  beforeAll(async () => {
    fs.mkdirSync(folder);
    // Real-looking text with planted copies, so reuse linking is under way when the kills land.
    for (const [i, text] of generateCorpus(ARTICLES, 7).texts.entries()) fs.writeFileSync(path.join(folder, `${String(i).padStart(5, '0')}.txt`), text);
    store = await crashTarget(work);
  });
  afterAll(async () => {
    await store?.drop();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('leaves a consistent store after every kill, and re-runs finish the job: every article exactly once', async () => {
    const rnd = random(SEED);
    let stored = 0;
    for (let k = 0; k < KILLS; k++) {
      const remaining = ARTICLES - stored;
      const killAfter = 1 + Math.floor(rnd() * (remaining / (KILLS - k + 1)));
      const run = await runImport(folder, store.env, killAfter, Math.floor(rnd() * 60));
      expect({ kill: k, killed: run.killed, output: run.killed ? '' : run.output }).toEqual({ kill: k, killed: true, output: '' });
      stored += run.imported;
      const found = await inconsistencies(store.target);
      expect(found).toEqual(NONE(found));
    }
    expect(stored).toBeLessThan(ARTICLES);

    const last = await runImport(folder, store.env, null, 0);
    expect(last.code).toBe(0);
    expect(last.output).toMatch(/\d+ imported, \d+ duplicates, 0 rejected/);

    const db = await openStore(store.target);
    try {
      expect(await db.prisma.article.count()).toBe(ARTICLES);
      expect(await db.prisma.article.groupBy({ by: ['contentHash'], _count: true })).toHaveLength(ARTICLES);
      expect(await db.prisma.article.count({ where: { reuseLinkedAt: null } })).toBe(0);
      // The planted copies were found whatever the kills interrupted.
      expect(await db.prisma.reuse.count()).toBeGreaterThan(ARTICLES / 20);
    } finally {
      await db.close();
    }
    const found = await inconsistencies(store.target);
    expect(found).toEqual(NONE(found));
  }, 900_000);
});
