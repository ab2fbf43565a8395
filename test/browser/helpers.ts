import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { Database } from '../../src/store/database';
import { loadSampleCorpusIfEmpty } from '../../src/services/sample-corpus';
import { createApp } from '../../src/web/app';
import { createTestEditor, createTestStore, SEEDS_DIR } from '../helpers/store';

/** Where browser tests write their screenshots (README names it). */
export const SCREENSHOT_DIR = path.join(__dirname, '..', '..', 'screenshots');

/** Flags that let Debian's Chromium run headless as root on a machine with no network. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface BrowserFixture {
  editor: { name: string; password: string; token: string };
  browser: Browser;
  baseUrl: string;
  store: Database;
  close(): Promise<void>;
}

/** The app on the sample corpus, on a random local port, and a headless Chromium to drive it. */
export async function startBrowserFixture(): Promise<BrowserFixture> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const store = await createTestStore();
  await loadSampleCorpusIfEmpty(store.prisma, SEEDS_DIR);
  const editor = await createTestEditor(store.prisma);
  const server = createApp({ db: store.prisma }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    editor,
    browser,
    baseUrl: `http://127.0.0.1:${port}`,
    store,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await store.close();
    },
  };
}
