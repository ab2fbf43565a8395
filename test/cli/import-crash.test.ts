import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/open';
import { generatedArticle } from '../helpers/corpus';

const ROOT = path.join(__dirname, '..', '..');
const ARTICLES = 300;

/** The CLI as a user runs it, on its own embedded store in `dataDir`. */
function cli(dataDir: string, args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', NODE_OPTIONS: '' },
  });
}

describe('provenance import, killed half way', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'prov-crash-'));
  const folder = path.join(work, 'articles');
  const dataDir = path.join(work, 'data');
  beforeAll(() => {
    fs.mkdirSync(folder);
    for (let i = 0; i < ARTICLES; i++) fs.writeFileSync(path.join(folder, `${String(i).padStart(4, '0')}.txt`), generatedArticle(i));
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('when re-run after kill -9, ends with every article stored exactly once', async () => {
    const child = cli(dataDir, ['import', folder, '--verbose']);
    let imported = 0;
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        imported += (chunk.toString().match(/^imported/gm) ?? []).length;
        if (imported >= ARTICLES / 3 && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
      child.on('error', reject);
    });
    expect(imported).toBeGreaterThanOrEqual(ARTICLES / 3);
    expect(imported).toBeLessThan(ARTICLES);

    const rerun = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'import', folder], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', NODE_OPTIONS: '' },
      encoding: 'utf8',
    });
    expect(rerun.stdout).toMatch(/imported, \d+ duplicates, 0 rejected/);
    expect(rerun.status).toBe(0);

    const store = await openStore({ kind: 'pglite', dataDir });
    try {
      expect(await store.prisma.article.count()).toBe(ARTICLES);
      const hashes = await store.prisma.article.groupBy({ by: ['contentHash'], _count: true });
      expect(hashes).toHaveLength(ARTICLES);
      expect(await store.prisma.article.count({ where: { analysedAt: null } })).toBe(0);
    } finally {
      await store.close();
    }
  }, 180_000);
});
