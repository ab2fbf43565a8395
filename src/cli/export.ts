import fs from 'node:fs';
import type { Db } from '../store/database';
import { exportStore } from '../services/backup';

/** `provenance export [file]`: the whole store as a JSON Lines backup (standard output without a file). */
export async function exportCommand(db: Db, file: string | undefined): Promise<number> {
  const out = file ? fs.openSync(file, 'w') : 1;
  const { articles } = await exportStore(db, (line) => fs.writeSync(out, `${line}\n`));
  if (file) fs.closeSync(out);
  console.error(`Exported ${articles} articles${file ? ` to ${file}` : ''}. Restore with: npx provenance import ${file ?? '<file>'}`);
  return 0;
}
