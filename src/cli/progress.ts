import cliProgress from 'cli-progress';

/** A progress bar on standard error when it is a terminal; silent otherwise (CI logs, pipes). */
export function progressBar(label: string) {
  const enabled = Boolean(process.stderr.isTTY);
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total} {phase}`, stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number, payload: Record<string, string | number> = { phase: '' }) {
      if (!enabled) return;
      if (!started) {
        bar.start(total, 0, payload);
        started = true;
      }
      bar.setTotal(total);
      bar.update(done, payload);
    },
    /** Shows the bar full, as the work is done, and ends its line. */
    stop() {
      if (!started) return;
      bar.update(bar.getTotal());
      bar.stop();
    },
  };
}
