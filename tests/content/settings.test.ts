import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, kindEnabled, parseSettings, siteEnabled } from '../../lib/settings';

describe('settings', () => {
  it('defaults: on for the default sites, every kind marked, live refresh off', () => {
    const s = parseSettings(undefined);
    expect(s).toEqual(DEFAULT_SETTINGS);
    expect(s.liveRefresh).toBe(false);
    expect(siteEnabled(s, 'www.tweedekamer.nl')).toBe(true);
    expect(siteEnabled(s, 'nos.nl')).toBe(true);
    expect(siteEnabled(s, 'example.com')).toBe(false);
    expect(siteEnabled(s, 'nottweedekamer.nl')).toBe(false);
    expect(kindEnabled(s, 'amount')).toBe(true);
  });

  it('keeps what is valid of a corrupt or old stored value and fills in the rest', () => {
    const s = parseSettings({ enabled: 'ja', kinds: { amount: false, motion: 'nee' }, disabledSites: 'nos.nl', extraSites: ['example.com'] });
    expect(s.enabled).toBe(true);
    expect(kindEnabled(s, 'amount')).toBe(false);
    expect(kindEnabled(s, 'motion')).toBe(true);
    expect(s.disabledSites).toEqual([]);
    expect(siteEnabled(s, 'www.example.com')).toBe(true);
    expect(parseSettings('<script>')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('a switched-off site or the master switch stops marking', () => {
    expect(siteEnabled({ ...DEFAULT_SETTINGS, disabledSites: ['nos.nl'] }, 'nos.nl')).toBe(false);
    expect(siteEnabled({ ...DEFAULT_SETTINGS, enabled: false }, 'www.tweedekamer.nl')).toBe(false);
  });
});
