/**
 * A card: what a mention is, its status and where to read more. Presentational: everything comes
 * from the CardModel; every string is rendered as text.
 */
import type { CardModel } from '../lib/cards/model';
import { OFFICIAL_URL } from '../lib/format/links';
import { CopyCitation, OfficialLinks } from './CardParts';
import { VoteBar } from './VoteBar';

export interface CardProps {
  model: CardModel;
  /** id of the title, for the dialog's aria-labelledby. */
  titleId: string;
  onCopy?(text: string): Promise<boolean>;
}

export function Card({ model, titleId, onCopy }: CardProps) {
  return (
    <div className={`kw-card kw-card-${model.variant}`}>
      <p className="kw-kind">{model.kindLabel}</p>
      <h2 id={titleId} className="kw-title">
        {model.title}
      </h2>
      {model.lead && <p className="kw-lead">{model.lead}</p>}
      {model.notice && <p className="kw-notice">{model.notice}</p>}
      {model.facts.length > 0 && (
        <dl className="kw-facts">
          {model.facts.map((f) => (
            <div key={f.label} className="kw-fact">
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {model.vote && <VoteBar vote={model.vote} />}
      {model.request && <blockquote className="kw-request">{model.request}</blockquote>}
      {model.sections.map((s) => (
        <section key={s.heading} className="kw-section">
          <h3>{s.heading}</h3>
          <ul>
            {s.items.map((item, i) => (
              <li key={i}>
                {item.href && OFFICIAL_URL.test(item.href) ? (
                  <a href={item.href} target="_blank" rel="noopener noreferrer">
                    {item.text}
                  </a>
                ) : (
                  item.text
                )}
                {item.detail && <span className="kw-detail"> · {item.detail}</span>}
              </li>
            ))}
          </ul>
          {s.more ? <p className="kw-more">en nog {s.more}</p> : null}
        </section>
      ))}
      <OfficialLinks links={model.links} />
      <CopyCitation citation={model.citation} onCopy={onCopy} />
      {model.dataDate && <p className="kw-datadate">Stand van de gegevens: {model.dataDate}</p>}
    </div>
  );
}
