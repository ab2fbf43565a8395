/**
 * `npm run bench:load`: concurrent readers on article and compare pages plus
 * one importer, against the app in its own process on PostgreSQL, for
 * LOAD_SECONDS (default 60). Prints requests/s, latency p50/p95/p99 and errors.
 * Uses the database bench:pages filled (BENCH_DATABASE_URL, else 127.0.0.1:5432),
 * or the sample corpus in a fresh one.
 */
import { spawn } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import autocannon from 'autocannon';
import pg from 'pg';
import { addEditor, issueApiToken } from '../src/services/auth';
import { loadSampleCorpusIfEmpty } from '../src/services/sample-corpus';
import { openStore } from '../src/store/open';
import { SAMPLE_CORPUS_DIR, ROOT_DIR } from '../src/paths';
import { f3, percentile, table } from './data';

const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const admin = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const port = 3900 + Math.floor(Math.random() * 90);

async function databaseUrl(): Promise<string> {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  const filled = process.env.LOAD_FRESH_DATABASE ? undefined : (await client.query("SELECT datname FROM pg_database WHERE datname LIKE 'prov_bench_pages_%' ORDER BY datname DESC")).rows[0]?.datname;
  const name = filled ?? 'prov_bench_load';
  if (!filled) {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  }
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

async function main() {
  const url = await databaseUrl();
  const store = await openStore({ kind: 'postgres', url });
  await loadSampleCorpusIfEmpty(store.prisma, SAMPLE_CORPUS_DIR);
  await addEditor(store.prisma, 'load-bench', 'load bench password');
  const token = await issueApiToken(store.prisma, 'load-bench', 'load');
  const reuses = await store.prisma.reuse.findMany({ select: { sourceId: true, targetId: true }, take: 200, orderBy: { id: 'desc' } });
  const articleIds = [...new Set(reuses.flatMap((r) => [r.sourceId, r.targetId]))];
  await store.close();

  const server = spawn(process.execPath, ['dist/src/server.js'], { cwd: ROOT_DIR, env: { ...process.env, DATABASE_URL: url, PORT: String(port), NO_SAMPLE_CORPUS: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    server.stdout.on('data', (d: Buffer) => d.toString().includes('listening') && resolve());
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  const paths = [...articleIds.map((id) => `/articles/${id}`), ...reuses.map((r) => `/compare/${r.sourceId}/${r.targetId}`)];

  // One importer beside the readers: a new article every 250 ms.
  let imported = 0;
  let importErrors = 0;
  const stopAt = Date.now() + seconds * 1000;
  const importer = (async () => {
    for (let i = 0; Date.now() < stopAt; i++) {
      const res = await fetch(`${base}/api/articles`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: `Load ${Date.now()} ${i}`, text: `Load test article ${Date.now()}-${i}. The council met on Tuesday and approved the harbour budget, the mayor said, adding that work starts in May.` }),
      }).catch(() => null);
      if (res && (res.status === 201 || res.status === 200)) imported++;
      else importErrors++;
      await res?.text();
      await new Promise((r) => setTimeout(r, 250));
    }
  })();

  let k = 0;
  const run = autocannon({
    url: base,
    connections: 16,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (req: autocannon.Request) => ({ ...req, path: paths[k++ % paths.length] }) }],
    // The promise autocannon returns is also its event emitter (its types only say the first).
  }) as unknown as Promise<autocannon.Result> & EventEmitter;
  // autocannon's summary has no p95: keep every response time and take the percentiles here.
  const times: number[] = [];
  run.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const result = await run;
  const at = (p: number) => Math.round(percentile(times, p));
  await importer;
  server.kill();
  const errors = result.errors + result.timeouts + result.non2xx;
  console.log(`\nLoad: ${seconds} s, 16 concurrent readers on ${paths.length} article and compare pages, one importer, PostgreSQL`);
  console.log(
    table([
      ['requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors', 'imports', 'import errors'],
      [result.requests.total, f3(result.requests.average), at(50), at(95), at(99), at(100), errors, imported, importErrors],
    ]),
  );
  process.exit(errors || importErrors ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
