import { loadConfig } from './config';
import { SAMPLE_CORPUS_DIR } from './paths';
import { targetFor } from './store/database';
import { openStore } from './store/open';
import { ANALYSIS_VERSION } from './services/analyse';
import { type UpgradeProgress, upgradeStore } from './services/upgrade';
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
  const inFlight = trackInFlight();
  // After an upgrade of the analysers, the store is brought up to date in the background while the app serves.
  let upgrading: UpgradeProgress | null = null;
  const upgrade = new AbortController();
  const stale = await countStaleAnalyses(store.prisma, ANALYSIS_VERSION);
  if (stale) console.log(`${stale} articles were analysed by an older version of the analysers: re-analysing them in the background.`);
  const upgraded = upgradeStore(store.prisma, {
    signal: upgrade.signal,
    onProgress: (p) => (upgrading = p.done < p.total ? p : null),
    onError: (id, err) => console.error(`Article ${id} could not be brought up to date: ${err instanceof Error ? err.message : err}`),
  })
    .then(({ analysed, linked }) => {
      if (analysed + linked) console.log(`Store up to date: ${analysed} articles re-analysed, ${linked} re-linked.`);
    })
    .catch((err) => console.error(`Bringing the store up to date stopped: ${err instanceof Error ? err.message : err}`));
  const server = createApp({ db: store.prisma, security: { secret: config.sessionSecret, trustProxy: config.trustProxy }, inFlight, upgradeProgress: () => upgrading }).listen(config.port, () => {
    console.log(`Provenance tracker listening on http://localhost:${config.port}`);
  });
  // Once every connection is gone, let the handlers still at work finish (a client that hung up
  // leaves its handler running) and the background upgrade finish its article, then close the store;
  // give up after five seconds.
  const stop = () => {
    upgrade.abort();
    server.close(() => void Promise.all([inFlight.drained(), upgraded]).then(() => store.close()).finally(() => process.exit(0)));
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
