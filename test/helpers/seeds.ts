import fs from 'node:fs';
import path from 'node:path';
import { SEEDS_DIR } from './store';

/** The text of a seed article by its number prefix ("000" … "004"). */
export function seedText(prefix: string): string {
  const name = fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8');
}
