/** The settings in WXT storage, shared by the content script, background, popup and options. */
import { storage } from '#imports';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../lib/settings';

export const settingsItem = storage.defineItem<unknown>('sync:settings', { fallback: DEFAULT_SETTINGS });

/** The stored settings, validated; defaults where anything is missing or corrupt. */
export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    return parseSettings(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(parseSettings(settings));
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value)));
}
