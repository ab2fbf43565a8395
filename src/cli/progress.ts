import type { SingleBar } from 'cli-progress';

/**
 * A progress bar on standard error when it is a terminal; silent otherwise
 * (CI logs, pipes), and then cli-progress is never loaded: `reuse --json`
 * in a script starts that much sooner.
 */
export function progressBar(label: string) {
  const enabled = Boolean(process.stderr.isTTY);
  let bar: SingleBar | undefined;
  return {
    update(done: number, total: number, payload: Record<string, string | number> = { phase: '' }) {
      if (!enabled) return;
      if (!bar) {
        const cliProgress: typeof import('cli-progress') = require('cli-progress');
        bar = new cliProgress.SingleBar({ format: `${label} [{bar}] {value}/{total} {phase}`, stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic);
        bar.start(total, 0, payload);
      }
      bar.setTotal(total);
      bar.update(done, payload);
    },
    /** Shows the bar full, as the work is done, and ends its line. */
    stop() {
      if (!bar) return;
      bar.update(bar.getTotal());
      bar.stop();
    },
  };
}
