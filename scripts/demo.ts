// npm run demo [-- --out DIR] [--headed]: builds the extension, opens every seed page in Chromium
// with it, hovers the first marked mention and saves a screenshot of each page.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, ROOT, seedNames } from '../tests/e2e/harness';
// @ts-expect-error plain .mjs helper shared with the npm scripts
import { findChromium, NO_CHROMIUM_MESSAGE } from './ensure-chromium.mjs';

async function main(argv: string[]): Promise<number> {
  const outIndex = argv.indexOf('--out');
  const outDir = resolve(outIndex >= 0 ? (argv[outIndex + 1] ?? 'demo-screenshots') : join(ROOT, 'demo-screenshots'));
  const headed = argv.includes('--headed') && !!process.env.DISPLAY;
  if (!findChromium()) {
    console.error(NO_CHROMIUM_MESSAGE);
    return 1;
  }
  console.log('Building the extension…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  mkdirSync(outDir, { recursive: true });

  const kw = await launch({ headed });
  try {
    for (const name of seedNames()) {
      await kw.page.goto(kw.url(`/seed/${name}.html`));
      const first = kw.page.locator('kw-mention').first();
      const found = await first.waitFor({ timeout: 8000 }).then(
        () => true,
        () => false,
      );
      if (found) {
        // Put the mention in the upper third so the card has room below it.
        await first.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight / 4));
        await first.hover();
        const opened = await kw.page
          .locator('[role="dialog"]')
          .first()
          .waitFor({ timeout: 3000 })
          .then(
            () => true,
            () => false,
          );
        const label = (await first.textContent())?.replace(/\s+/g, ' ').trim();
        console.log(`${name}: hovered "${label}"${opened ? ', card open' : ', no card appeared'}`);
      } else {
        console.log(`${name}: no mention was marked on this page`);
      }
      const file = join(outDir, `${name}.png`);
      await kw.page.screenshot({ path: file });
      console.log(`  screenshot: ${file}`);
    }
    if (headed) {
      console.log('Browser stays open; press Ctrl+C to stop.');
      await new Promise(() => {});
    }
  } finally {
    if (!headed) await kw.close();
  }
  console.log(`Screenshots saved in ${outDir}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err) => {
    console.error(`demo: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
