import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/pages.css';
import { DEFAULT_SETTINGS, type Kind, type Settings } from '../../lib/settings';
import { KIND_HEADING } from '../../lib/format/export';
import { DEFAULT_SITES } from '../../lib/sites';
import { loadSettings, saveSettings } from '../../utils/settings-storage';
import { registerExtraSites } from '../../utils/site-access';

const API_ORIGIN = 'https://gegevensmagazijn.tweedekamer.nl/*';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => void loadSettings().then(setSettings), []);
  if (!settings) return <main>Instellingen laden…</main>;

  const save = async (next: Settings, message = 'Opgeslagen.') => {
    setSettings(next);
    await saveSettings(next);
    setNote(message);
  };
  const toggleSite = (host: string, on: boolean) =>
    save({ ...settings, disabledSites: on ? settings.disabledSites.filter((s) => s !== host) : [...settings.disabledSites, host] });
  const removeExtra = async (host: string) => {
    const extraSites = settings.extraSites.filter((s) => s !== host);
    await browser.permissions.remove({ origins: [`*://${host}/*`] }).catch(() => false);
    await registerExtraSites(extraSites).catch(() => undefined);
    await save({ ...settings, extraSites }, `${host} verwijderd.`);
  };
  const toggleLive = async (on: boolean) => {
    if (on && !(await browser.permissions.request({ origins: [API_ORIGIN] }))) {
      setNote('Zonder toestemming voor gegevensmagazijn.tweedekamer.nl blijft live bijwerken uit.');
      return;
    }
    if (!on) await browser.permissions.remove({ origins: [API_ORIGIN] }).catch(() => false);
    await save({ ...settings, liveRefresh: on });
  };

  return (
    <main>
      <h1>Kamerwijzer: instellingen</h1>
      <label>
        <input type="checkbox" checked={settings.enabled} onChange={(e) => void save({ ...settings, enabled: e.target.checked })} /> Kamerwijzer aan
      </label>
      <h2>Wat wordt gemarkeerd</h2>
      {(Object.keys(DEFAULT_SETTINGS.kinds) as Kind[]).map((k) => (
        <label key={k}>
          <input type="checkbox" checked={settings.kinds[k] !== false} onChange={(e) => void save({ ...settings, kinds: { ...settings.kinds, [k]: e.target.checked } })} />{' '}
          {KIND_HEADING[k] ?? k}
        </label>
      ))}
      <h2>Sites</h2>
      {DEFAULT_SITES.map((host) => (
        <label key={host}>
          <input type="checkbox" checked={!settings.disabledSites.includes(host)} onChange={(e) => void toggleSite(host, e.target.checked)} /> {host}
        </label>
      ))}
      {settings.extraSites.map((host) => (
        <p key={host} className="kw-row">
          {host} (zelf aangezet){' '}
          <button type="button" className="kw-secondary" onClick={() => void removeExtra(host)}>
            verwijderen
          </button>
        </p>
      ))}
      <p className="kw-muted">Andere sites zet u aan met "aan op deze site" in het venster van Kamerwijzer.</p>
      <h2>Live bijwerken (uit tenzij u het aanzet)</h2>
      <label>
        <input type="checkbox" checked={settings.liveRefresh} onChange={(e) => void toggleLive(e.target.checked)} /> De actuele stand van een motie ophalen bij
        de Tweede Kamer
      </label>
      <p className="kw-muted">
        Alleen als dit aan staat, vraagt Kamerwijzer bij het openen van een motie het zaaknummer op bij gegevensmagazijn.tweedekamer.nl. Anders gaat er
        niets de deur uit: alles komt uit de gegevens die bij de extensie horen.
      </p>
      <p role="status">{note}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Options />);
