/** The opt-in live refresh: a motion card with the status the Tweede Kamer API gives now. */
import type { DecisionRecord } from '../data/schema';
import { outcomeLabel } from '../format/dutch';
import type { CardModel } from './model';

export interface LiveStatus {
  outcome: string;
  decision?: DecisionRecord;
  advice: string | null;
}

export function applyLiveStatus(card: CardModel, live: LiveStatus, checkedOn: string): CardModel {
  const facts = card.facts.filter((f) => f.label !== 'Uitslag' && f.label !== 'Kabinetsappreciatie');
  const at = facts.findIndex((f) => f.label === 'Datum');
  const fresh = [
    { label: 'Kabinetsappreciatie', value: live.advice ?? 'niet bekend' },
    { label: 'Uitslag', value: live.outcome === 'unknown' ? 'nog geen uitslag bij de Tweede Kamer' : outcomeLabel(live.outcome) },
    { label: 'Live bijgewerkt', value: `via gegevensmagazijn.tweedekamer.nl, ${checkedOn}` },
  ];
  facts.splice(at >= 0 ? at + 1 : facts.length, 0, ...fresh);
  const next: CardModel = { ...card, facts };
  delete next.vote;
  const votes = live.decision?.votes.filter((v) => !v.member) ?? [];
  if (live.outcome !== 'unknown' && votes.length) {
    const sum = (kind: string) => votes.filter((v) => v.vote === kind).reduce((n, v) => n + (v.seats ?? 0), 0);
    next.vote = { outcome: outcomeLabel(live.outcome), voor: sum('Voor'), tegen: sum('Tegen'), parties: votes.map((v) => ({ party: v.party, vote: v.vote, seats: v.seats })) };
  }
  return next;
}
