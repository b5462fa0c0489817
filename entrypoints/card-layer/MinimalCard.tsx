/**
 * The card the content script shows until / unless the card components can render the model:
 * the reference as written, its status and the official links built from it.
 */
import type { Mention } from '../../lib/detect/types';
import { KIND_LABEL, referenceLabel } from '../content/keys';
import { writeOutAmount } from '../../lib/format/dutch';
import { officialLinks, type OfficialLink } from '../../lib/format/links';
import { CopyCitation, OfficialLinks } from '../../components/CardParts';

export interface MinimalCardProps {
  titleId: string;
  mention: Mention;
  state: 'loading' | 'known' | 'unknown' | 'error';
  title?: string;
  /** Plain lines of the record (date, signatories, advice, outcome...), shown as text. */
  lines?: string[];
  /** The record's own official links; otherwise links are built from the reference. */
  links?: OfficialLink[];
  error?: string;
  onCopy?(text: string): Promise<boolean>;
}

/** The reason after "gegevens niet beschikbaar", without repeating it. */
function detail(error: string | undefined): string {
  const rest = (error ?? '').replace(/^gegevens niet beschikbaar:?\s*/i, '').trim();
  return rest ? ` (${rest})` : '';
}

export function MinimalCard({ titleId, mention, state, title, lines = [], links: recordLinks, error, onCopy }: MinimalCardProps) {
  const links = recordLinks ?? officialLinks(mention);
  const citation = [referenceLabel(mention), links[0]?.href].filter(Boolean).join(', ');
  return (
    <div className="kw-card">
      <p className="kw-kind">{KIND_LABEL[mention.kind]}</p>
      <h2 id={titleId} className="kw-title">
        {title ?? mention.text}
      </h2>
      {mention.kind === 'amount' && <p className="kw-amount">{writeOutAmount(mention.value)}{mention.per ? ` ${mention.per}` : ''}</p>}
      {lines.map((line, i) => (
        <p key={i} className="kw-line">
          {line}
        </p>
      ))}
      {state === 'loading' && <p className="kw-status">Gegevens laden…</p>}
      {state === 'unknown' && <p className="kw-status">Niet in de gebundelde gegevens.</p>}
      {state === 'error' && <p className="kw-status">Gegevens niet beschikbaar{detail(error)}.</p>}
      <OfficialLinks links={links} />
      {onCopy && <CopyCitation citation={citation} onCopy={onCopy} />}
    </div>
  );
}
