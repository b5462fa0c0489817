/** Parts both cards share: the official links and the "kopieer verwijzing" button. Presentational. */
import { useState } from 'react';
import { OFFICIAL_URL } from '../lib/format/links';

/** The links, only those to the official sites (a record's link to anywhere else is left out). */
export function OfficialLinks({ links }: { links: readonly { href: string; label: string }[] }) {
  const official = links.filter((l) => OFFICIAL_URL.test(l.href));
  if (official.length === 0) return null;
  return (
    <ul className="kw-links">
      {official.map((l) => (
        <li key={l.href}>
          <a href={l.href} target="_blank" rel="noopener noreferrer">
            {l.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Copies the citation; a live region says whether that worked. */
export function CopyCitation({ citation, onCopy }: { citation: string; onCopy?(text: string): Promise<boolean> }) {
  const [copied, setCopied] = useState<'' | 'ok' | 'fout'>('');
  return (
    <p className="kw-actions">
      {onCopy && (
        <button type="button" className="kw-copy" onClick={() => void onCopy(citation).then((ok) => setCopied(ok ? 'ok' : 'fout'))}>
          kopieer verwijzing
        </button>
      )}
      <span role="status" className="kw-copied">
        {copied === 'ok' ? 'gekopieerd' : copied === 'fout' ? 'kopiëren lukte niet' : ''}
      </span>
    </p>
  );
}
