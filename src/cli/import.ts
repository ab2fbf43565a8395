import fs from 'node:fs';
import type { Db } from '../store/database';
import { type IngestOutcome, ingestInput, summarise } from '../services/ingest';
import { collectFiles } from './files';
import { isBackup, restoreBackup } from '../services/backup';
import { progressBar } from './progress';

/** `provenance import <files or folders…>`: imports, shows progress, prints a summary; exit 1 when anything was rejected. */
export async function importCommand(db: Db, paths: string[], opts: { quiet?: boolean; verbose?: boolean } = {}): Promise<number> {
  const { files, missing } = collectFiles(paths);
  const outcomes: IngestOutcome[] = missing.map((m) => ({ source: m, status: 'rejected', code: 'not_found', message: 'no such file or folder' }));
  const bar = progressBar('Importing');
  const status = () => {
    const s = summarise(outcomes);
    return { phase: `files | ${s.imported} new, ${s.duplicates} duplicates, ${s.rejected} rejected` };
  };
  for (const [i, file] of files.entries()) {
    let result: IngestOutcome[];
    try {
      const data = fs.readFileSync(file);
      if (isBackup(data.subarray(0, 200).toString('utf8').split('\n')[0])) {
        const restored = await restoreBackup(db, data.toString('utf8'), (done, total) => bar.update(done, total, { phase: `articles restored from ${file}` }));
        console.log(`restored  ${file}: ${restored.restored} articles, ${restored.duplicates} already present`);
        continue;
      }
      result = await ingestInput(db, { name: file, data });
    } catch (e) {
      result = [{ source: file, status: 'rejected', code: 'store_error', message: (e as Error).message }];
    }
    outcomes.push(...result);
    if (opts.verbose) for (const o of result) console.log(`${o.status.padEnd(9)} ${o.source}${o.message ? `: ${o.message}` : ''}`);
    if (!opts.quiet) bar.update(i + 1, files.length, status());
  }
  bar.stop();
  const s = summarise(outcomes);
  if (!opts.verbose) for (const o of outcomes.filter((o) => o.status === 'rejected')) console.log(`rejected  ${o.source}: ${o.message}`);
  console.log(`${s.imported} imported, ${s.duplicates} duplicates, ${s.rejected} rejected (${files.length} files).`);
  return s.rejected > 0 ? 1 : 0;
}
