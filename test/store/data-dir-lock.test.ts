import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lockDataDir } from '../../src/store/data-dir-lock';
import { openStore } from '../../src/store/open';

const folder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'prov-lock-'));
const lockFile = (dir: string) => path.join(dir, 'provenance.lock');

describe('lockDataDir', () => {
  it('refuses a folder another running process holds, naming that process', async () => {
    const dir = folder();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      fs.writeFileSync(lockFile(dir), `${other.pid}\n`);
      expect(() => lockDataDir(dir)).toThrow(expect.objectContaining({ code: 'store_in_use', message: expect.stringContaining(`process ${other.pid}`) }));
      // The other process's lock is left alone.
      expect(fs.readFileSync(lockFile(dir), 'utf8')).toBe(`${other.pid}\n`);
    } finally {
      other.kill();
    }
  });

  it('takes over a lock whose process is gone, and removes it on release', () => {
    const dir = folder();
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)']).stdout.toString().trim();
    fs.writeFileSync(lockFile(dir), `${gone}\n`);
    const release = lockDataDir(dir);
    expect(fs.readFileSync(lockFile(dir), 'utf8')).toBe(`${process.pid}\n`);
    release();
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  });

  it('refuses a second open in the same process until the first is released', () => {
    const dir = folder();
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(expect.objectContaining({ code: 'store_in_use' }));
    release();
    lockDataDir(dir)();
  });
});

describe('openStore on an embedded folder', () => {
  it('holds the folder while open and frees it on close', async () => {
    const dir = folder();
    const store = await openStore({ kind: 'pglite', dataDir: dir });
    try {
      await expect(openStore({ kind: 'pglite', dataDir: dir })).rejects.toMatchObject({ code: 'store_in_use' });
    } finally {
      await store.close();
    }
    expect(fs.existsSync(lockFile(dir))).toBe(false);
    await (await openStore({ kind: 'pglite', dataDir: dir })).close();
  }, 60_000);
});
