import fs from 'node:fs';
import path from 'node:path';

/** The project's root folder, found from this file whether it runs from src/ (tests) or dist/src/ (built). */
function findRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}

export const ROOT_DIR = findRoot(__dirname);
export const PRISMA_DIR = path.join(ROOT_DIR, 'prisma');
export const VIEWS_DIR = path.join(ROOT_DIR, 'views');
export const PUBLIC_DIR = path.join(ROOT_DIR, 'public');
export const SAMPLE_CORPUS_DIR = path.join(ROOT_DIR, 'corpus', 'sample');
