/**
 * `npm run bench:reuse`: planted-passage recall and precision, ingest rate,
 * match latency on PGlite and PostgreSQL, peak memory, and Debian's sim_text
 * on the same files. Sizes: BENCH_SIZES (default "1000"; "1000,10000,100000"
 * runs all three). PostgreSQL: BENCH_DATABASE_URL, else the server on
 * 127.0.0.1:5432 when it answers.
 *
 * The ingest rate is measured on the first BENCH_INGEST articles (default
 * 2,000) going through the real import; the rest of a larger store is filled
 * in bulk (articles and their fingerprint index, as import writes them, in
 * batches) so that match latency at 100k takes minutes, not hours. The
 * in-memory pass and sim_text run up to 10k files; PGlite up to BENCH_PGLITE_MAX articles
 * (default 2,000: at 10k, with three million fingerprint rows, the embedded
 * store did not finish the run in 20 minutes).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { extractPlainText } from '../src/core/extract/plain-text';
import { plainTextDocument } from '../src/cli/reuse';
import { findCorpusReuse, type CorpusPair } from '../src/core/reuse/corpus';
import type { DatabaseTarget } from '../src/store/database';
import { openStore } from '../src/store/open';
import { storeArticle } from '../src/services/ingest';
import type { Db } from '../src/store/database';
import { articleFingerprints } from '../src/core/reuse/fingerprint';
import { contentHash, countWords } from '../src/core/text/normalise';
import { matchArticle } from '../src/services/link-reuse';
import { f3, percentile, table } from './data';
import { generateCorpus, type Plant, type PlantKind } from './generate-corpus';
import { ROOT_DIR } from '../src/paths';

const sizes = (process.env.BENCH_SIZES ?? '1000').split(',').map(Number).filter((n) => n > 0);
const KINDS: PlantKind[] = ['verbatim', 'edited', 'paraphrase'];

function overlap(a: [number, number], b: [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** Recall of planted passages by kind, and precision of found passages by predicted kind. */
function score(pairs: CorpusPair<number>[], plants: Plant[]) {
  const found = pairs.flatMap((p) => p.finding.passages.map((x) => ({ ...x, source: p.source, target: p.target })));
  const rows: (string | number)[][] = [['kind', 'planted', 'recall', 'found', 'precision']];
  for (const kind of KINDS) {
    const planted = plants.filter((p) => p.kind === kind);
    const hit = planted.filter((p) =>
      found.some((f) => f.source === p.source && f.target === p.target && overlap([f.targetStart, f.targetEnd], [p.targetStart, p.targetEnd]) >= 0.5 * (p.targetEnd - p.targetStart)),
    );
    const predicted = found.filter((f) => f.kind === kind);
    const correct = predicted.filter((f) => plants.some((p) => p.source === f.source && p.target === f.target && overlap([f.targetStart, f.targetEnd], [p.targetStart, p.targetEnd]) > 0));
    rows.push([kind, planted.length, f3(hit.length / planted.length), predicted.length, f3(correct.length / predicted.length)]);
  }
  return table(rows);
}

async function postgresTarget(size: number): Promise<DatabaseTarget | null> {
  const admin = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
  const name = `prov_bench_${size}`;
  const client = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { kind: 'postgres', url: url.toString() };
}

const INGESTED = Number(process.env.BENCH_INGEST ?? 2000);
const MAX_IN_MEMORY = 10_000;
const MAX_PGLITE = Number(process.env.BENCH_PGLITE_MAX ?? 10_000);
const BULK_BATCH = 500;

/** Articles and their fingerprint index written in batches, for the part of a large store the ingest rate is not measured on. */
async function bulkFill(db: Db, texts: string[], from: number) {
  for (let i = from; i < texts.length; i += BULK_BATCH) {
    const batch = texts.slice(i, i + BULK_BATCH).map((text, k) => ({ text: extractPlainText(text).text, name: `generated-${i + k}` }));
    const ids = await db.$queryRaw<{ id: number }[]>`
      INSERT INTO article (title, text, content_hash, word_count, source_name, analysed_at, reuse_linked_at)
      SELECT t, x, h, w, n, now(), now() FROM unnest(${batch.map((b) => b.name)}::text[], ${batch.map((b) => b.text)}::text[],
        ${batch.map((b) => contentHash(b.text))}::text[], ${batch.map((b) => countWords(b.text))}::int[], ${batch.map((b) => b.name)}::text[]) AS u(t, x, h, w, n)
      RETURNING id`;
    const hashes: bigint[] = [];
    const articleIds: number[] = [];
    const positions: number[] = [];
    batch.forEach((b, k) => {
      for (const f of articleFingerprints(b.text)) {
        hashes.push(BigInt(f.hash));
        articleIds.push(ids[k].id);
        positions.push(f.pos);
      }
    });
    await db.$executeRaw`INSERT INTO fingerprint (hash, article_id, pos) SELECT * FROM unnest(${hashes}::bigint[], ${articleIds}::int[], ${positions}::int[]) ON CONFLICT DO NOTHING`;
    if ((i + BULK_BATCH) % 10_000 === 0) console.log(`  filled ${(i + BULK_BATCH).toLocaleString('en')} articles`);
  }
}

async function benchStore(label: string, target: DatabaseTarget, texts: string[]) {
  const store = await openStore(target);
  try {
    const measured = Math.min(texts.length, INGESTED);
    const t0 = performance.now();
    for (let i = 0; i < measured; i++) await storeArticle(store.prisma, extractPlainText(texts[i]), `generated-${i}`);
    const ingestSeconds = (performance.now() - t0) / 1000;
    const f0 = performance.now();
    await bulkFill(store.prisma, texts, measured);
    if (texts.length > measured) console.log(`  ${label}: bulk fill of ${(texts.length - measured).toLocaleString('en')} articles in ${f3((performance.now() - f0) / 1000)} s`);
    const latencies: number[] = [];
    for (let q = 0; q < 100; q++) {
      const base = texts[(q * 7919) % texts.length];
      const query = { id: 0, text: `${base.slice(0, base.length / 2)} Fresh closing words for query ${q}.`, url: null, publishedAt: null, outlet: null };
      const s = performance.now();
      await matchArticle(store.prisma, query);
      latencies.push(performance.now() - s);
    }
    return [label, `${f3(measured / ingestSeconds)} (first ${measured.toLocaleString('en')})`, f3(percentile(latencies, 50)), f3(percentile(latencies, 95))];
  } finally {
    await store.close();
  }
}

/** `provenance reuse` over the folder (in memory, no database) against the planted passages, and sim_text on the same files. */
async function inMemory(texts: string[], plants: Plant[], files: string[]) {
  const t0 = performance.now();
  // Documents as `provenance reuse` reads plain-text files: outlet and date extracted only for files that pair.
  const docs = texts.map((t, i) => plainTextDocument(i, t));
  const pairs = findCorpusReuse(docs);
  const ours = (performance.now() - t0) / 1000;
  console.log(`planted passages (${plants.length}), in-memory corpus path (provenance reuse):`);
  console.log(score(pairs, plants));

  let simText = 'not installed (apt-get install similarity-tester)';
  try {
    execFileSync('which', ['sim_text']);
    const s = performance.now();
    // sim_text wants the list of names newline-terminated, or it stops before reading a file.
    const run = spawnSync('sim_text', ['-r8', '-n', '-s', '-i'], { input: `${files.join('\n')}\n`, maxBuffer: 1 << 30 });
    const seconds = (performance.now() - s) / 1000;
    const runs = (run.stdout.toString().match(/\|/g) ?? []).length;
    simText =
      run.status === 0
        ? `${f3(seconds)} s (${runs} shared runs); ours ${f3(ours)} s; ours / sim_text = ${f3(ours / seconds)}`
        : `failed (exit ${run.status}: ${run.stderr.toString().trim()})`;
  } catch {
    // sim_text missing: say so in the report instead.
  }
  const words = texts.reduce((n, t) => n + t.split(/\s+/).length, 0);
  console.log(`provenance reuse over the folder: ${f3(ours)} s in process (${Math.round(words / ours).toLocaleString('en')} words/s); sim_text -r8: ${simText}`);
  // The command a user runs, start to finish (node start-up, reading the files, JSON out), against the same sim_text run.
  const c = performance.now();
  const cli = spawnSync(process.execPath, [path.join(ROOT_DIR, 'bin', 'provenance.js'), 'reuse', path.dirname(files[0]), '--json'], { maxBuffer: 1 << 30 });
  const cliSeconds = (performance.now() - c) / 1000;
  console.log(`npx provenance reuse <folder> --json: ${f3(cliSeconds)} s wall${cli.status === 0 ? '' : ` (exit ${cli.status}: ${cli.stderr.toString().slice(0, 200)})`}`);
}

async function main() {
  for (const size of sizes) {
    console.log(`\n=== ${size.toLocaleString('en')} generated articles`);
    const { texts, plants } = generateCorpus(size);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prov-bench-'));
    const files = texts.map((t, i) => {
      const f = path.join(dir, `${String(i).padStart(6, '0')}.txt`);
      fs.writeFileSync(f, t);
      return f;
    });

    if (size <= MAX_IN_MEMORY) await inMemory(texts, plants, files);
    else console.log(`in-memory pass and sim_text: skipped above ${MAX_IN_MEMORY.toLocaleString('en')} files`);

    const rows: (string | number)[][] = [['engine', 'ingest articles/s', 'match p50 ms', 'match p95 ms']];
    if (size <= MAX_PGLITE) rows.push(await benchStore('PGlite', { kind: 'pglite', dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'prov-bench-db-')) }, texts));
    else rows.push(['PGlite', `skipped above ${MAX_PGLITE.toLocaleString('en')}`, '', '']);
    const pgTarget = await postgresTarget(size);
    if (pgTarget) rows.push(await benchStore('PostgreSQL', pgTarget, texts));
    else rows.push(['PostgreSQL', 'skipped: no server', '', '']);
    console.log(table(rows));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\npeak memory (max RSS): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
