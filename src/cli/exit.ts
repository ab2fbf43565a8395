/**
 * Exits once standard output and error are written out: to a pipe they are
 * written asynchronously, and exiting at once cut `--json` short at 64 KiB.
 */
export function exitWhenFlushed(code: number): void {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}
