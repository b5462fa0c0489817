import { groupByKind, STATUS_TEXT, type ExportMention } from '../lib/format/export';

export interface ListedMention extends ExportMention {
  id: string;
}

/** Every mention on a page, grouped by kind, with its status; a click reveals it on the page. */
export function MentionList({ mentions, onReveal }: { mentions: ListedMention[]; onReveal?(id: string): void }) {
  if (mentions.length === 0) return <p className="kw-empty">Geen vermeldingen gevonden op deze pagina.</p>;
  return (
    <div className="kw-mentionlist">
      {groupByKind(mentions).map((g) => (
        <section key={g.kind}>
          <h2>
            {g.heading} ({g.items.length})
          </h2>
          <ul>
            {g.items.map((m) => (
              <li key={m.id} className={`kw-status-${m.status}`}>
                {onReveal ? (
                  <button type="button" onClick={() => onReveal(m.id)}>
                    {m.text.replace(/\s+/g, ' ')}
                  </button>
                ) : (
                  m.text
                )}
                <span className="kw-mention-status"> · {STATUS_TEXT[m.status] ?? m.status}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
