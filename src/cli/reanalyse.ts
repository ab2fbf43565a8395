import type { Db } from '../store/database';
import { reanalyseAll } from '../services/reanalyse';
import { progressBar } from './progress';

/** `provenance reanalyse`: re-runs the analysers and re-links reuse for the whole store. */
export async function reanalyseCommand(db: Db): Promise<number> {
  const bar = progressBar('Reanalysing');
  const result = await reanalyseAll(db, (done, total, phase) => bar.update(done, total, { phase: phase === 'analyse' ? 'analysing' : 'linking reuse' }));
  bar.stop();
  console.log(`Reanalysed ${result.articles} articles; ${result.pairs} reuse pairs.`);
  return 0;
}
