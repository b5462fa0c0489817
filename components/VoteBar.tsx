import type { CardVote } from '../lib/cards/model';

/** Seats for and against as a bar, with the vote per party as a list (the text alternative). */
export function VoteBar({ vote }: { vote: CardVote }) {
  const total = vote.voor + vote.tegen;
  const voorPct = total > 0 ? (vote.voor / total) * 100 : 0;
  const summary = `${vote.outcome}: ${vote.voor} zetels voor, ${vote.tegen} tegen`;
  return (
    <div className="kw-vote">
      <div className="kw-votebar" role="img" aria-label={summary}>
        <span className="kw-votebar-voor" style={{ width: `${voorPct}%` }} />
        <span className="kw-votebar-tegen" style={{ width: `${total > 0 ? 100 - voorPct : 0}%` }} />
      </div>
      <p className="kw-vote-summary">{summary}</p>
      <ul className="kw-vote-parties">
        {vote.parties.map((p) => (
          <li key={`${p.party}-${p.vote}`} className={p.vote === 'Voor' ? 'kw-voor' : p.vote === 'Tegen' ? 'kw-tegen' : 'kw-anders'}>
            {p.party}
            {p.seats !== null ? ` (${p.seats})` : ''}: {p.vote.toLowerCase()}
          </li>
        ))}
      </ul>
      <p className="kw-vote-note">Alleen de fracties die in de gegevens staan.</p>
    </div>
  );
}
