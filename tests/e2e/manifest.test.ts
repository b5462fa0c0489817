// Least privilege and no remote code, checked on the built extension (npm run test:e2e builds it first).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SITE_MATCHES } from '../../lib/sites';
import { ensureBuilt, EXTENSION_DIR } from './harness';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

describe('the built manifest and bundles', () => {
  let manifest: Record<string, unknown>;
  beforeAll(() => {
    ensureBuilt();
    manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  });

  it('runs content scripts only on the default sites; other sites only through optional permissions', () => {
    const scripts = manifest.content_scripts as { matches: string[] }[];
    for (const s of scripts) expect([...s.matches].sort()).toEqual([...DEFAULT_SITE_MATCHES].sort());
    expect(manifest.host_permissions).toEqual(DEFAULT_SITE_MATCHES);
    expect(JSON.stringify(manifest.host_permissions)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*/);
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'sidePanel']);
  });

  it('allows no remote code and no eval', () => {
    expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toMatch(/unsafe-eval|https?:/);
    for (const f of files(EXTENSION_DIR).filter((f) => f.endsWith('.js') || f.endsWith('.html'))) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/\beval\(|new Function\(|<script[^>]+src=["']https?:/);
    }
  });

  it('exposes no file to pages, and keeps React out of the script every page runs', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
    // React's production bundles name their error page; only the card layer, run when a card is wanted, has it.
    expect(readFileSync(join(EXTENSION_DIR, 'content-scripts', 'content.js'), 'utf8')).not.toContain('react.dev/errors');
    expect(readFileSync(join(EXTENSION_DIR, 'card-layer.js'), 'utf8')).toContain('react.dev/errors');
  });

  it('ships the dataset inside the extension', () => {
    const list = JSON.parse(readFileSync(join(EXTENSION_DIR, 'data', 'files.json'), 'utf8')) as string[];
    expect(list).toContain('motions.json');
    expect(list).toContain('manifest.json');
  });
});
