import type { RequestHandler } from 'express';

export interface InFlight {
  /** Counts a request from its start until its handler responds. */
  count: RequestHandler;
  /** Resolves once no handler is running. */
  drained(): Promise<void>;
}

/**
 * Requests whose handlers are still at work, so that shutdown closes the
 * store only after their last query. A client that hangs up does not end the
 * handler: its socket closes at once while the handler still reads and writes,
 * so the count ends when the handler responds (`res.end`), not when the socket closes.
 */
export function trackInFlight(): InFlight {
  let running = 0;
  let waiting: (() => void)[] = [];
  const settle = () => {
    if (--running > 0) return;
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  return {
    count: (_req, res, next) => {
      running++;
      const end = res.end.bind(res) as (...args: unknown[]) => typeof res;
      let ended = false;
      res.end = ((...args: unknown[]) => {
        if (!ended) {
          ended = true;
          settle();
        }
        return end(...args);
      }) as typeof res.end;
      next();
    },
    drained: () => (running === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve))),
  };
}
