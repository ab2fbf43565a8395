import fs from 'node:fs';
import cliProgress from 'cli-progress';
import type { Db } from '../store/database';
import { type IngestOutcome, ingestInput, summarise } from '../services/ingest';
import { collectFiles } from './files';

/** `provenance import <files or folders…>`: imports, shows progress, prints a summary; exit 1 when anything was rejected. */
export async function importCommand(db: Db, paths: string[], opts: { quiet?: boolean; verbose?: boolean } = {}): Promise<number> {
  const { files, missing } = collectFiles(paths);
  const outcomes: IngestOutcome[] = missing.map((m) => ({ source: m, status: 'rejected', code: 'not_found', message: 'no such file or folder' }));
  const bar = new cliProgress.SingleBar(
    { format: 'Importing [{bar}] {value}/{total} files | {imported} new, {duplicates} duplicates, {rejected} rejected', noTTYOutput: false, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  const showBar = !opts.quiet && process.stderr.isTTY;
  if (showBar) bar.start(files.length, 0, summarise(outcomes));
  for (const file of files) {
    let result: IngestOutcome[];
    try {
      result = await ingestInput(db, { name: file, data: fs.readFileSync(file) });
    } catch (e) {
      result = [{ source: file, status: 'rejected', code: 'store_error', message: (e as Error).message }];
    }
    outcomes.push(...result);
    if (opts.verbose) for (const o of result) console.log(`${o.status.padEnd(9)} ${o.source}${o.message ? `: ${o.message}` : ''}`);
    if (showBar) bar.increment(1, summarise(outcomes));
  }
  if (showBar) bar.stop();
  const s = summarise(outcomes);
  if (!opts.verbose) for (const o of outcomes.filter((o) => o.status === 'rejected')) console.log(`rejected  ${o.source}: ${o.message}`);
  console.log(`${s.imported} imported, ${s.duplicates} duplicates, ${s.rejected} rejected (${files.length} files).`);
  return s.rejected > 0 ? 1 : 0;
}
