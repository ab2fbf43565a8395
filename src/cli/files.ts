import fs from 'node:fs';
import path from 'node:path';

const ARTICLE_FILE = /\.(txt|text|md|markdown|html?|json|jsonl|ndjson)$/i;

/**
 * A folder's own documentation, named in capitals by convention (README.md,
 * EXPECTED.md, LICENSE.txt): about the articles, not one of them. Read only
 * when named on the command line.
 */
const isFolderDocumentation = (file: string) => {
  const base = path.basename(file).replace(/\.[^.]*$/, '');
  return /\p{Lu}/u.test(base) && !/\p{Ll}/u.test(base);
};

/**
 * Every article file under the given files and folders, sorted, skipping
 * hidden files and a folder's documentation; missing paths are reported. A
 * file named on the command line is always read.
 */
export function collectFiles(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (p: string, named: boolean) => {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p).sort()) if (!entry.startsWith('.')) walk(path.join(p, entry), false);
    } else if (stat.isFile() && (named || (ARTICLE_FILE.test(p) && !isFolderDocumentation(p)))) files.push(p);
  };
  for (const p of paths) {
    if (fs.existsSync(p)) walk(p, true);
    else missing.push(p);
  }
  return { files, missing };
}
