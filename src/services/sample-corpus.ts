import fs from 'node:fs';
import path from 'node:path';
import { countArticles } from '../store/articles';
import type { Db } from '../store/database';
import { type IngestOutcome, ingestInput } from './ingest';

/** Loads the sample corpus (the five seed articles) when the store is empty; returns what it imported. */
export async function loadSampleCorpusIfEmpty(db: Db, folder: string): Promise<IngestOutcome[]> {
  if ((await countArticles(db)) > 0 || !fs.existsSync(folder)) return [];
  const outcomes: IngestOutcome[] = [];
  for (const name of fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) {
    outcomes.push(...(await ingestInput(db, { name, data: fs.readFileSync(path.join(folder, name)) })));
  }
  return outcomes;
}
