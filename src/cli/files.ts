import fs from 'node:fs';
import path from 'node:path';

const ARTICLE_FILE = /\.(txt|text|md|markdown|html?|json|jsonl|ndjson)$/i;

/** Every article file under the given files and folders, sorted, skipping hidden files; missing paths are reported. */
export function collectFiles(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (p: string) => {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p).sort()) if (!entry.startsWith('.')) walk(path.join(p, entry));
    } else if (stat.isFile() && (ARTICLE_FILE.test(p) || paths.includes(p))) files.push(p);
  };
  for (const p of paths) {
    if (fs.existsSync(p)) walk(p);
    else missing.push(p);
  }
  return { files, missing };
}
