import type { AddressInfo } from 'node:net';
import express from 'express';
import { trackInFlight } from '../../../src/web/middleware/in-flight';

describe('trackInFlight', () => {
  it('when a client hangs up while its handler works, drains only once the handler has responded', async () => {
    const inFlight = trackInFlight();
    let release!: () => void;
    const working = new Promise<void>((resolve) => (release = resolve));
    let reached!: () => void;
    const inHandler = new Promise<void>((resolve) => (reached = resolve));
    const app = express();
    app.use(inFlight.count);
    app.get('/slow', async (_req, res) => {
      reached();
      await working; // the database work a real handler would still be doing
      res.json({ ok: true });
    });
    const server = app.listen(0);
    const { port } = server.address() as AddressInfo;
    const client = new AbortController();
    const request = fetch(`http://127.0.0.1:${port}/slow`, { signal: client.signal }).catch(() => 'aborted');
    await inHandler;
    client.abort();
    expect(await request).toBe('aborted');

    let drained = false;
    const done = inFlight.drained().then(() => (drained = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(drained).toBe(false);
    release();
    await done;
    expect(drained).toBe(true);
    await new Promise((resolve) => server.close(resolve));
  });

  it('when nothing is at work, is drained at once', async () => {
    await expect(trackInFlight().drained()).resolves.toBeUndefined();
  });
});
