/**
 * `npm run bench:pages`: server time of the article, compare, home, outlet, list and source pages with
 * BENCH_PAGES_ARTICLES generated articles (default 10,000) in PostgreSQL
 * (BENCH_DATABASE_URL, else 127.0.0.1:5432). Prints p50 / p95 / max per page.
 * With BENCH_KEEP=1 an already filled database is reused.
 */
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { extractPlainText } from '../src/core/extract/plain-text';
import { storeArticle } from '../src/services/ingest';
import { openStore } from '../src/store/open';
import { listSources } from '../src/store/sources';
import { createApp } from '../src/web/app';
import { f3, percentile, table } from './data';
import { generateCorpus } from './generate-corpus';

const count = Number(process.env.BENCH_PAGES_ARTICLES ?? 10_000);
const admin = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const name = `prov_bench_pages_${count}`;

async function main() {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  const exists = (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
  if (!exists || process.env.BENCH_KEEP !== '1') {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  }
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const store = await openStore({ kind: 'postgres', url: url.toString() });
  try {
    const stored = await store.prisma.article.count();
    if (stored < count) {
      const { texts } = generateCorpus(count);
      const t0 = performance.now();
      for (let i = stored; i < texts.length; i++) {
        await storeArticle(store.prisma, extractPlainText(texts[i]), `generated-${i}`);
        if ((i + 1) % 1000 === 0) console.log(`  ingested ${i + 1} articles (${f3((i + 1 - stored) / ((performance.now() - t0) / 1000))} articles/s)`);
      }
    }
    // The generated articles name no outlet: give a fifth of them one, so an outlet's record has 2,000 articles to count.
    const outlet = await store.prisma.outlet.upsert({ where: { slug: 'bench-outlet' }, create: { name: 'Bench Outlet', slug: 'bench-outlet' }, update: {} });
    const unassigned = await store.prisma.article.findMany({ where: { outletId: null }, select: { id: true }, orderBy: { id: 'asc' } });
    const share = Math.max(0, Math.round(count / 5) - (await store.prisma.article.count({ where: { outletId: outlet.id } })));
    await store.prisma.article.updateMany({ where: { id: { in: unassigned.slice(0, share).map((a) => a.id) } }, data: { outletId: outlet.id } });
    const server = createApp({ db: store.prisma }).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const reuses = await store.prisma.reuse.findMany({ select: { sourceId: true, targetId: true }, take: 100, orderBy: { id: 'desc' } });
    const articles = [...new Set(reuses.flatMap((r) => [r.sourceId, r.targetId]))].slice(0, 100);
    const time = async (path: string) => {
      const s = performance.now();
      const res = await fetch(base + path);
      await res.text();
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      return performance.now() - s;
    };
    const topSources = (await listSources(store.prisma, { page: 1, pageSize: 20 })).rows.map((r) => `/sources/${r.id}`);
    const rows: (string | number)[][] = [['page', 'requests', 'p50 ms', 'p95 ms', 'max ms']];
    for (const [label, paths] of [
      ['article', articles.map((id) => `/articles/${id}`)],
      ['compare', reuses.map((r) => `/compare/${r.sourceId}/${r.targetId}`)],
      ['trace', []],
      ['home', Array.from({ length: 20 }, () => '/')],
      ['outlet (2,000 articles)', Array.from({ length: 10 }, () => '/outlets/bench-outlet')],
      ['articles by flag', (['opinion', 'unsourced', 'prophetic', 'speculative'] as const).flatMap((f) => [1, 2, 50].map((p) => `/articles?flag=${f}&page=${p}`))],
      ['flagged sentences', ['', 'opinion', 'unsourced', 'prophetic', 'speculative'].flatMap((f) => [1, 2, 100].map((p) => `/sentences?flag=${f}&page=${p}`))],
      ['sources', ['', 'kind=person', 'kind=anonymous', `outlet=${outlet.id}`, 'name=official'].flatMap((q) => [`/sources?${q}`, `/sources?${q}&page=3`])],
      ['source (most cited)', topSources],
    ] as [string, string[]][]) {
      if (!paths.length) continue;
      await time(paths[0]);
      const ms: number[] = [];
      for (const p of paths) ms.push(await time(p));
      rows.push([label, ms.length, f3(percentile(ms, 50)), f3(percentile(ms, 95)), f3(Math.max(...ms))]);
    }
    console.log(`\nServer time with ${(await store.prisma.article.count()).toLocaleString('en')} articles in PostgreSQL (loopback round trip, sequential):`);
    console.log(table(rows));
    server.close();
  } finally {
    await store.close();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
