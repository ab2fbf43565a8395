import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectFiles } from '../../src/cli/files';

describe('collectFiles', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prov-files-'));
  const names = ['a.txt', 'b.md', 'c.html', 'd.json', 'EXPECTED.md', 'README.txt', 'LICENSE', 'NOTES-2021.md', 'Zeta Post.txt', '.hidden.txt', 'photo.png'];
  for (const n of names) fs.writeFileSync(path.join(dir, n), 'Text.');
  fs.mkdirSync(path.join(dir, 'more'));
  fs.writeFileSync(path.join(dir, 'more', 'e.txt'), 'Text.');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const base = (files: string[]) => files.map((f) => path.relative(dir, f));

  it('in a folder, reads article files, not hidden ones, images or the documentation named in capitals', () => {
    expect(base(collectFiles([dir]).files)).toEqual(['Zeta Post.txt', 'a.txt', 'b.md', 'c.html', 'd.json', path.join('more', 'e.txt')]);
  });

  it.each(['EXPECTED.md', 'README.txt', 'LICENSE'])('reads %s when it is named on the command line', (name) => {
    expect(base(collectFiles([path.join(dir, name)]).files)).toEqual([name]);
  });

  it('reports paths that do not exist', () => {
    expect(collectFiles([path.join(dir, 'gone.txt')]).missing).toEqual([path.join(dir, 'gone.txt')]);
  });
});
