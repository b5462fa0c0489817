/**
 * The user's settings: schema and defaults. Stored with WXT storage (utils/settings-storage.ts);
 * everything read back goes through parseSettings, so a corrupt or old value falls back to defaults
 * field by field instead of breaking the extension.
 */
import { z } from 'zod/mini';
import { MENTION_KINDS } from './messages';
import { DEFAULT_SITES } from './sites';

export type Kind = (typeof MENTION_KINDS)[number];

const ALL_KINDS = Object.fromEntries(MENTION_KINDS.map((k) => [k, true])) as Record<Kind, boolean>;

const KindsSchema = z.object(
  Object.fromEntries(MENTION_KINDS.map((k) => [k, z.catch(z.boolean(), true)])) as Record<Kind, z.ZodMiniCatch<z.ZodMiniBoolean>>,
);
const hosts = z.array(z.string().check(z.maxLength(253))).check(z.maxLength(1000));

export const SettingsSchema = z.object({
  /** Master switch. */
  enabled: z.catch(z.boolean(), true),
  /** Which kinds of mention are marked. */
  kinds: z.catch(KindsSchema, () => ({ ...ALL_KINDS })),
  /** Default sites the user switched off (host names as in lib/sites.ts). */
  disabledSites: z.catch(hosts, () => []),
  /** Sites the user switched on from the popup (after granting the host permission). */
  extraSites: z.catch(hosts, () => []),
  /** Opt-in: refresh a motion's status from the Tweede Kamer API. Off by default. */
  liveRefresh: z.catch(z.boolean(), false),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  kinds: { ...ALL_KINDS },
  disabledSites: [],
  extraSites: [],
  liveRefresh: false,
};

/** Settings from storage (anything, possibly corrupt or from an older version) with defaults filled in. */
export function parseSettings(value: unknown): Settings {
  const base = value && typeof value === 'object' ? value : {};
  const parsed = SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...base });
  return parsed.success ? parsed.data : structuredCloneSettings(DEFAULT_SETTINGS);
}

function structuredCloneSettings(s: Settings): Settings {
  return { ...s, kinds: { ...s.kinds }, disabledSites: [...s.disabledSites], extraSites: [...s.extraSites] };
}

function hostMatches(host: string, site: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const s = site.toLowerCase();
  return h === s || h.endsWith(`.${s}`);
}

/** Whether the content script should mark pages on this host. */
export function siteEnabled(settings: Settings, host: string): boolean {
  if (!settings.enabled) return false;
  if (settings.disabledSites.some((s) => hostMatches(host, s))) return false;
  return DEFAULT_SITES.some((s) => hostMatches(host, s)) || settings.extraSites.some((s) => hostMatches(host, s));
}

export function kindEnabled(settings: Settings, kind: Kind): boolean {
  return settings.kinds[kind] !== false;
}
