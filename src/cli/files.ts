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
  const isArticle = (p: string) => ARTICLE_FILE.test(p) && !isFolderDocumentation(p);
  // A folder's entries come typed: no stat a file (a folder of thousands spent more on stat than on reading).
  const walkFolder = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walkFolder(p);
      else if (entry.isFile() && isArticle(p)) files.push(p);
      else if (entry.isSymbolicLink()) walkNamed(p, false);
    }
  };
  const walkNamed = (p: string, named: boolean) => {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) walkFolder(p);
    else if (stat.isFile() && (named || isArticle(p))) files.push(p);
  };
  for (const p of paths) {
    if (fs.existsSync(p)) walkNamed(p, true);
    else missing.push(p);
  }
  return { files, missing };
}
