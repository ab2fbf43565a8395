import fs from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../src/paths';

/** The labelled data sets: ../shared/data beside the checkout, or EVAL_DATA_DIR. */
export const DATA_DIR = process.env.EVAL_DATA_DIR ?? path.resolve(ROOT_DIR, '..', 'shared', 'data');

/** The folder of a data set, or null (with a message) when it is not on this machine. */
export function dataSet(name: string): string | null {
  const dir = path.join(DATA_DIR, name);
  if (fs.existsSync(dir)) return dir;
  console.log(`\n${name}: skipped, ${dir} is not present (set EVAL_DATA_DIR to the folder holding it).`);
  return null;
}

/** A fixed-width table for the terminal. */
export function table(rows: (string | number)[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((v, c) => String(v).padEnd(widths[c])).join('  ')).join('\n');
}

export const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');

/** The p-th percentile of some measurements (nearest rank). */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}
