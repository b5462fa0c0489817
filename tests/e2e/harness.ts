// End-to-end harness: the built extension in Debian's Chromium, test pages served from 127.0.0.1
// under the host names of the default sites (the content script only runs there).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { textToHtml } from '../../lib/format/page';
// @ts-expect-error plain .mjs helper shared with the npm scripts
import { findChromium, NO_CHROMIUM_MESSAGE } from '../../scripts/ensure-chromium.mjs';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
export const SEEDS_DIR = join(ROOT, 'seeds');

/** Host names that resolve to the local page server; everything else does not resolve at all. */
export const TEST_HOSTS = ['www.tweedekamer.nl', 'zoek.officielebekendmakingen.nl', 'nos.nl', 'www.example.test'];
export const DEFAULT_HOST = 'www.tweedekamer.nl';

export interface RecordedRequest {
  url: string;
  method: string;
  /** 'page' for requests of a page, 'worker' for the extension's service worker. */
  from: 'page' | 'worker';
  resourceType: string;
}

export interface Harness {
  context: BrowserContext;
  page: Page;
  /** The extension's service worker (null when launched without the extension). */
  serviceWorker: Worker | null;
  extensionId: string | null;
  port: number;
  /** URL of a path on the page server, under a default-site host name. */
  url(path: string, host?: string): string;
  /** Serves `html` at `path` (e.g. "/hostile.html"). */
  addPage(path: string, html: string): void;
  requests: RecordedRequest[];
  /** Requests that did not go to the local page server or the extension itself. */
  foreignRequests(): RecordedRequest[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Load the built extension (default true); false proves the tests depend on it. */
  extension?: boolean;
  pages?: Record<string, string>;
  /** Extra Chromium arguments. */
  args?: string[];
  /** A visible browser window (needs a display). */
  headed?: boolean;
}

const SOURCE_DIRS = ['entrypoints', 'components', 'lib', 'data', 'public', 'assets'];
const SOURCE_FILES = ['wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds the extension unless `.output/chrome-mv3` is newer than its sources. */
export function ensureBuilt(): void {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const sourcesAt = Math.max(
    ...SOURCE_DIRS.map((d) => newestMtime(join(ROOT, d))),
    ...SOURCE_FILES.map((f) => newestMtime(join(ROOT, f))),
  );
  if (process.env.KW_E2E_REBUILD === '1' || builtAt < sourcesAt) {
    // NODE_ENV=test (set by vitest) would make the React plugin emit dev JSX (jsxDEV) into a
    // production bundle, where react/jsx-dev-runtime has none: every card would throw.
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  }
}

export function seedNames(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => f.replace(/\.txt$/, ''));
}

/** Every seed is served at /seed/<name>.html (and /seed/<index>.html, e.g. /seed/0.html). */
function seedPage(name: string): string | null {
  const names = seedNames();
  const byIndex = /^\d$/.test(name) ? names[Number(name)] : undefined;
  const file = byIndex ?? names.find((n) => n === name);
  if (!file) return null;
  return textToHtml(readFileSync(join(SEEDS_DIR, `${file}.txt`), 'utf8'));
}

function startServer(pages: Map<string, string>): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const seed = /^\/seed\/([\w.-]+)\.html$/.exec(path);
    const html = pages.get(path) ?? (seed ? seedPage(seed[1]!) : null);
    if (html === null || html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('niet gevonden');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const withExtension = options.extension ?? true;
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  if (withExtension) ensureBuilt();

  const pages = new Map(Object.entries(options.pages ?? {}));
  const server = await startServer(pages);
  const port = (server.address() as AddressInfo).port;
  const profile = mkdtempSync(join(tmpdir(), 'kw-e2e-'));
  const hostRules = [...TEST_HOSTS.map((h) => `MAP ${h} 127.0.0.1`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1100, height: 800 },
    args: [
      ...(options.headed ? [] : ['--headless=new']),
      ...(withExtension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
      `--host-resolver-rules=${hostRules}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      ...(options.args ?? []),
    ],
  });

  const requests: RecordedRequest[] = [];
  context.on('request', (request) => {
    const worker = request.serviceWorker();
    requests.push({
      url: request.url(),
      method: request.method(),
      from: worker ? 'worker' : 'page',
      resourceType: request.resourceType(),
    });
  });

  let serviceWorker: Worker | null = null;
  let extensionId: string | null = null;
  if (withExtension) {
    serviceWorker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(serviceWorker.url()).host;
  }
  const page = context.pages()[0] ?? (await context.newPage());

  const local = (url: string) => {
    try {
      const u = new URL(url);
      if (u.protocol === 'chrome-extension:' || u.protocol === 'data:' || u.protocol === 'blob:') return true;
      return (TEST_HOSTS.includes(u.hostname) || u.hostname === '127.0.0.1') && u.port === String(port);
    } catch {
      return false;
    }
  };

  return {
    context,
    page,
    serviceWorker,
    extensionId,
    port,
    url: (path, host = DEFAULT_HOST) => `http://${host}:${port}${path.startsWith('/') ? path : `/${path}`}`,
    addPage: (path, html) => void pages.set(path, html),
    requests,
    foreignRequests: () => requests.filter((r) => !local(r.url)),
    async close() {
      await context.close().catch(() => {});
      await new Promise((ok) => server.close(() => ok(null)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the content script has processed the page (marker attribute or marked mentions). */
export async function waitForContentScript(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => document.documentElement.hasAttribute('data-kamerwijzer') || !!document.querySelector('kw-mention'),
    undefined,
    { timeout },
  );
}
