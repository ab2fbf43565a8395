import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';

/** Lock files this process holds: a second open of the same folder here is refused too. */
const held = new Set<string>();

function ownerOf(file: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the embedded data folder for this process. PGlite works on its own
 * copy of the database in memory and writes it back, so a second process in
 * the same folder (`npx provenance reanalyse` while `npm start` serves) would
 * work on a stale copy and the two would overwrite each other's writes. The
 * lock file holds the owner's pid; a lock left by a process that is gone
 * (killed, or a container restarted) is taken over. Returns the release.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.resolve(dataDir, 'provenance.lock');
  for (;;) {
    if (held.has(file)) throw inUse(dataDir, process.pid);
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = ownerOf(file);
      // Our own pid in a lock we do not hold is a previous life's: pids repeat after a restart.
      if (owner !== null && owner !== process.pid && isRunning(owner)) throw inUse(dataDir, owner);
      fs.rmSync(file, { force: true });
    }
  }
  held.add(file);
  const release = () => {
    if (!held.delete(file)) return;
    process.off('exit', release);
    fs.rmSync(file, { force: true });
  };
  process.on('exit', release);
  return release;
}

const inUse = (dataDir: string, pid: number) =>
  new AppError(
    409,
    'store_in_use',
    `The embedded database in ${dataDir} is in use by process ${pid}, such as the app started by \`npm start\`. ` +
      'Stop that process and run the command again, or use PostgreSQL (DATABASE_URL), which several processes can share.',
  );
