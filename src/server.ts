import { loadConfig } from './config';
import { SAMPLE_CORPUS_DIR } from './paths';
import { targetFor } from './store/database';
import { openStore } from './store/open';
import { ANALYSIS_VERSION } from './services/analyse';
import { loadSampleCorpusIfEmpty } from './services/sample-corpus';
import { countStaleAnalyses } from './store/stats';
import { createApp } from './web/app';
import { trackInFlight } from './web/middleware/in-flight';

async function main() {
  const config = loadConfig();
  const target = targetFor(config);
  console.log(target.kind === 'postgres' ? 'Database: PostgreSQL (DATABASE_URL)' : `Database: embedded PGlite in ${config.dataDir}`);
  const store = await openStore(target);
  if (store.applied.length) console.log(`Applied migrations: ${store.applied.join(', ')}`);
  if (config.loadSampleCorpus) {
    const loaded = await loadSampleCorpusIfEmpty(store.prisma, SAMPLE_CORPUS_DIR);
    if (loaded.length) console.log(`Loaded the sample corpus: ${loaded.filter((o) => o.status === 'imported').length} articles.`);
  }
  const stale = await countStaleAnalyses(store.prisma, ANALYSIS_VERSION);
  if (stale) console.log(`${stale} articles were analysed by an older version of the analysers: stop the app and run \`npx provenance reanalyse\` to bring them up to date.`);
  const inFlight = trackInFlight();
  const server = createApp({ db: store.prisma, security: { secret: config.sessionSecret, trustProxy: config.trustProxy }, inFlight }).listen(config.port, () => {
    console.log(`Provenance tracker listening on http://localhost:${config.port}`);
  });
  // Once every connection is gone, let the handlers still at work finish (a client that hung up
  // leaves its handler running), then close the store; give up after five seconds.
  const stop = () => {
    server.close(() => void inFlight.drained().then(() => store.close()).finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
