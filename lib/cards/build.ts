/**
 * Dataset record (+ resolver result) -> the card a user reads. Pure; never throws on odd records:
 * a field that is missing is left out, never invented; anything unexpected gives the card for a
 * reference the dataset does not hold.
 */
import { DatasetError, type Dataset } from '../data/dataset';
import type { DocumentRecord, MotionRecord } from '../data/schema';
import { asRecorded } from '../detect/common';
import type { Mention, MotionMention } from '../detect/types';
import { dutchDate, euros, KIND_LABEL, kamerstukCitation, NO_VOTE_TEXT, outcomeLabel, writeOutAmount } from '../format/dutch';
import { officialLinks } from '../format/links';
import { findAmountSources } from '../resolve/amount';
import { EMPTY_CONTEXT, type MotionContext } from '../resolve/context';
import { amountCorpusOf } from '../resolve/dataset-amounts';
import { resolveMotion, type MotionResolution } from '../resolve/motion';
import type { CardModel, CardSection } from './model';

export interface CardRequest {
  mention: Mention;
  /** The normalised key the page marked ("19637-3435", "2024Z21744"...). */
  key: string;
  context?: MotionContext;
  /** A motion mention's resolution, when the caller has it already (the same mention's status). */
  resolution?: MotionResolution;
}

const OB = 'https://zoek.officielebekendmakingen.nl';
const TK = 'https://www.tweedekamer.nl';
export { NO_VOTE_TEXT };

function recordLinks(key: string | null, documentNummer: string | null, zaakNummer: string | null) {
  const links: { label: string; href: string }[] = [];
  if (key && /^\d+(-[A-Z0-9]+)?-\d+$/.test(key)) links.push({ label: 'officielebekendmakingen.nl', href: `${OB}/kst-${key}.html` });
  const params = [zaakNummer && /^\d{4}Z\d+$/.test(zaakNummer) ? `id=${zaakNummer}` : null, documentNummer && /^\d{4}D\d+$/.test(documentNummer) ? `did=${documentNummer}` : null].filter(Boolean);
  if (params.length) links.push({ label: 'tweedekamer.nl', href: `${TK}/kamerstukken/detail?${params.join('&')}` });
  return links;
}

function base(ds: Dataset): Pick<CardModel, 'dataDate' | 'sections' | 'facts'> {
  return { dataDate: dutchDate(ds.meta.dataDate), sections: [], facts: [] };
}

function docLabel(d: DocumentRecord): string {
  return d.key ? `Kamerstuk ${d.key.replace(/-(\d+)$/, ', nr. $1')}` : d.id;
}

function docItem(ds: Dataset, idOrKey: string) {
  const d = ds.document(idOrKey);
  const m = d ? undefined : ds.motion(idOrKey);
  const label = d ? docLabel(d) : m ? `Kamerstuk ${m.key.replace(/-(\d+)$/, ', nr. $1')}` : idOrKey;
  const title = d ? (d.subject ?? d.title) : m?.title;
  const date = dutchDate(d?.date ?? m?.date);
  return { text: title ? `${label}: ${title}` : label, ...(date ? { detail: date } : {}) };
}

/** `total`: how many items there are when only the first few were made. */
function section(heading: string, items: CardSection['items'], limit = 5, total = items.length): CardSection | null {
  if (!items.length) return null;
  return { heading, items: items.slice(0, limit), ...(total > limit ? { more: total - limit } : {}) };
}

function linkSections(ds: Dataset, id: string, key: string | null): CardSection[] {
  const citedBy = [...ds.citedBy(key ?? ''), ...(key === id ? [] : ds.citedBy(id))];
  const fromIds = [...new Set(citedBy.map((c) => c.from))];
  const cites = [...new Set(ds.cites(id).map((c) => c.to))];
  return [section('Geciteerd door', fromIds.map((f) => docItem(ds, f))), section('Verwijst naar', cites.map((t) => docItem(ds, t)))].filter(
    (s): s is CardSection => s !== null,
  );
}

export function motionCard(ds: Dataset, m: MotionRecord, resolution?: MotionResolution | null): CardModel {
  const card: CardModel = {
    ...base(ds),
    variant: 'motion',
    kindLabel: m.documentKind ?? 'Motie',
    title: m.title,
    citation: kamerstukCitation(m),
    links: recordLinks(m.key, m.documentNummer, m.zaakNummer),
    zaakNummer: m.zaakNummer,
  };
  const who = m.signatories.map((s) => (s.party ? `${s.surname} (${s.party})` : s.surname)).join(', ');
  card.facts.push({ label: 'Kamerstuk', value: `${m.key.replace(/-(\d+)$/, ', nr. $1')}${m.dossierTitle ? ` (${m.dossierTitle})` : ''}` });
  if (who) card.facts.push({ label: 'Ingediend door', value: who });
  const date = dutchDate(m.date);
  if (date) card.facts.push({ label: 'Datum', value: date });
  card.facts.push({ label: 'Kabinetsappreciatie', value: m.advice ?? 'niet bekend' });
  if (m.outcome !== 'unknown' && m.decision) {
    const parties = m.decision.votes.filter((v) => !v.member).map((v) => ({ party: v.party, vote: v.vote, seats: v.seats }));
    const sum = (kind: string) => parties.filter((p) => p.vote === kind).reduce((n, p) => n + (p.seats ?? 0), 0);
    card.facts.push({ label: 'Uitslag', value: outcomeLabel(m.outcome) });
    card.vote = { outcome: outcomeLabel(m.outcome), voor: sum('Voor'), tegen: sum('Tegen'), parties };
  } else if (m.outcome !== 'unknown') {
    card.facts.push({ label: 'Uitslag', value: outcomeLabel(m.outcome) });
  } else {
    card.facts.push({ label: 'Uitslag', value: NO_VOTE_TEXT });
  }
  if (m.afgedaan !== null) card.facts.push({ label: 'Afgedaan', value: m.afgedaan ? 'ja' : 'nee' });
  if (m.request) card.request = m.request;
  const replaced = section('Gewijzigd door', (m.replacedBy ?? []).map((k) => docItem(ds, k)));
  const replaces = section('Vervangt (t.v.v.)', (m.replaces ?? []).map((k) => docItem(ds, k)));
  const answers = section(
    'Antwoorden van de regering',
    ds.answersTo(m.key).map((a) => ({ ...docItem(ds, a.document), detail: `overeenkomst ${Math.round(a.score * 100)}%` })),
  );
  card.sections.push(...[replaced, replaces, answers].filter((s): s is CardSection => s !== null));
  card.sections.push(...linkSections(ds, m.documentNummer ?? m.key, m.key));
  if (resolution && resolution.status !== 'resolved') {
    card.notice = `Niet zeker dat deze motie bedoeld is (zekerheid ${Math.round(resolution.confidence * 100)}%). ${resolution.message}`;
    const alternatives = section(
      'Bedoelde u …',
      resolution.candidates.map((c) => ({ text: `${c.motion.key.replace(/-(\d+)$/, ', nr. $1')}: ${c.motion.title}`, ...(dutchDate(c.motion.date) ? { detail: dutchDate(c.motion.date)! } : {}) })),
    );
    if (alternatives) card.sections.unshift(alternatives);
  }
  return card;
}

export function documentCard(ds: Dataset, d: DocumentRecord): CardModel {
  const dossier = d.dossier !== null ? ds.dossier(d.dossier, d.toevoeging) : undefined;
  const heading = d.subject?.trim() || d.title;
  const card: CardModel = {
    ...base(ds),
    variant: 'document',
    kindLabel: d.kind,
    title: heading,
    citation: d.dossier !== null && d.ondernummer !== null ? kamerstukCitation({ ...d, dossier: d.dossier }) : d.id,
    links: recordLinks(d.key, /^\d{4}D\d+$/.test(d.id) ? d.id : null, d.zaken?.[0] ?? null),
  };
  if (d.key) card.facts.push({ label: 'Kamerstuk', value: d.key.replace(/-(\d+)$/, ', nr. $1') });
  if (dossier) card.facts.push({ label: 'Dossier', value: `${dossier.key} ${dossier.title}` });
  else if (heading !== d.title) card.facts.push({ label: 'Titel', value: d.title });
  const date = dutchDate(d.date);
  if (date) card.facts.push({ label: 'Datum', value: date });
  if (/^\d{4}D\d+$/.test(d.id)) card.facts.push({ label: 'Documentnummer', value: d.id });
  if (d.reconstructed?.length) card.facts.push({ label: 'Herkomst', value: `koppeling herleid in de open data: ${d.reconstructed.join('; ')}` });
  const answered = section('Antwoord op motie', ds.answeredBy(d.id).map((a) => docItem(ds, a.motion)));
  if (answered) card.sections.push(answered);
  card.sections.push(...linkSections(ds, d.id, d.key));
  if (d.dossier !== null) {
    // Only the documents shown are read (a dossier can hold thousands).
    const others = ds.documentsInDossier(d.dossier, d.toevoeging, 5).filter((o) => o.id !== d.id).slice(0, 4);
    const total = ds.dossierSize(d.dossier, d.toevoeging) - 1;
    const s = section(`Andere stukken in dossier ${dossier?.key ?? d.dossier}`, others.map((o) => docItem(ds, o.id)), 4, total);
    if (s) card.sections.push(s);
  }
  return card;
}

export function unknownCard(ds: Dataset | null, mention: Mention, lead = 'Niet in de gebundelde gegevens.'): CardModel {
  return {
    variant: 'unknown',
    kindLabel: KIND_LABEL[mention.kind],
    title: mention.text.replace(/\s+/g, ' ').trim(),
    lead,
    facts: [],
    sections: [],
    links: officialLinks(mention),
    citation: mention.text.replace(/\s+/g, ' ').trim(),
    dataDate: ds ? dutchDate(ds.meta.dataDate) : null,
  };
}

export function unavailableCard(mention: Mention, reason?: string): CardModel {
  return { ...unknownCard(null, mention, `Gegevens niet beschikbaar${reason ? ` (${reason})` : ''}.`), variant: 'unavailable' };
}

function amountCard(ds: Dataset, mention: Extract<Mention, { kind: 'amount' }>): CardModel {
  const sources = findAmountSources(amountCorpusOf(ds), mention, 8);
  const card: CardModel = {
    ...base(ds),
    variant: 'amount',
    kindLabel: 'Bedrag',
    title: `${euros(mention.value)}${mention.per ? ` ${mention.per}` : ''}`,
    lead: writeOutAmount(mention.value),
    citation: `${mention.text.replace(/\s+/g, ' ')}${mention.per ? ` ${mention.per}` : ''}`,
    links: [],
  };
  if (mention.per) card.facts.push({ label: 'Per', value: mention.per });
  const items = sources.map((s) => ({
    text: `“${s.sentence}”`,
    detail: `${s.exact ? '' : 'vergelijkbaar bedrag · '}${s.documentKey}${s.documentTitle ? ` ${s.documentTitle}` : ''}${s.date ? ` · ${dutchDate(s.date)}` : ''}`,
    ...(/^\d+(-[A-Z0-9]+)?-\d+$/.test(s.documentKey) ? { href: `${OB}/kst-${s.documentKey}.html` } : {}),
  }));
  const found = section('Waar dit bedrag staat', items, 5);
  if (found) card.sections.push(found);
  else card.notice = 'Dit bedrag staat niet in de teksten van de gebundelde gegevens.';
  return card;
}

function handelingenCard(ds: Dataset, m: Extract<Mention, { kind: 'handelingen' }>): CardModel {
  const card = unknownCard(ds, m, 'Handelingen zitten niet in de gebundelde gegevens; de officiële publicatie:');
  card.variant = 'handelingen';
  card.kindLabel = m.aanhangsel ? 'Aanhangsel Handelingen' : 'Handelingen';
  card.facts = [
    ...(m.vergaderjaar ? [{ label: 'Vergaderjaar', value: m.vergaderjaar }] : []),
    { label: 'Nummer', value: String(m.nummer) },
    ...(m.item !== undefined ? [{ label: 'Item', value: String(m.item) }] : []),
  ];
  if (m.eersteKamer) card.facts.unshift({ label: 'Kamer', value: 'Eerste Kamer' });
  card.citation = `${card.kindLabel} ${m.eersteKamer ? 'I' : 'II'}${m.vergaderjaar ? ` ${m.vergaderjaar.replace(/^(\d{4})-\d{2}(\d{2})$/, '$1/$2')}` : ''}, nr. ${m.nummer}${m.item !== undefined ? `, item ${m.item}` : ''}`;
  return card;
}

/** The card for a marked mention. */
export function buildCardModel(ds: Dataset, req: CardRequest): CardModel {
  const m = req.mention.kind === 'kamerstuk' ? asRecorded(req.mention) : req.mention;
  try {
    switch (m.kind) {
      case 'kamerstuk': {
        if (m.ondernummer === null) {
          const dossier = ds.dossier(m.dossier, m.toevoeging);
          if (!dossier) return unknownCard(ds, m);
          const docs = ds.documentsInDossier(m.dossier, m.toevoeging, 6);
          const card: CardModel = { ...base(ds), variant: 'dossier', kindLabel: 'Dossier', title: dossier.title, citation: kamerstukCitation({ ...m, ondernummer: null }), links: officialLinks(m) };
          card.facts.push({ label: 'Dossier', value: dossier.key });
          if (m.letter) {
            // The Eerste Kamer's own Kamerstukken are not in the Tweede Kamer's data: the dossier, and the letter.
            card.citation = kamerstukCitation({ ...m, ondernummer: null });
            card.facts.push({ label: 'Stuk van de Eerste Kamer', value: m.letter });
          }
          const s = section('Stukken in dit dossier (nieuwste eerst)', docs.map((d) => docItem(ds, d.id)), 6, ds.dossierSize(m.dossier, m.toevoeging));
          if (s) card.sections.push(s);
          return card;
        }
        const motion = ds.motion(req.key);
        if (motion) return motionCard(ds, motion);
        const doc = ds.document(req.key);
        return doc ? documentCard(ds, doc) : unknownCard(ds, m);
      }
      case 'document': {
        const motion = ds.motion(m.documentNummer);
        if (motion) return motionCard(ds, motion);
        const doc = ds.document(m.documentNummer);
        return doc ? documentCard(ds, doc) : unknownCard(ds, m);
      }
      case 'zaak': {
        const motion = ds.motion(m.zaakNummer);
        return motion ? motionCard(ds, motion) : unknownCard(ds, m);
      }
      case 'motion': {
        const r = req.resolution ?? resolveMotion(ds, m as MotionMention, req.context ?? EMPTY_CONTEXT);
        if (r.status === 'not-in-dataset' && r.reference) {
          // Known as a document only (a motion after the snapshot's motions): its title says what it asks.
          const doc = r.reference.letter ? undefined : ds.document(r.reference.key);
          if (doc) return documentCard(ds, doc);
          const { letter } = r.reference;
          const card = unknownCard(ds, { kind: 'kamerstuk', start: 0, end: 0, text: m.text, dossier: r.reference.dossier, toevoeging: r.reference.toevoeging, ondernummer: r.reference.ondernummer, ...(letter ? { letter } : {}) });
          card.kindLabel = 'Motie';
          card.citation = kamerstukCitation(r.reference);
          card.lead = letter
            ? `Motie van de Eerste Kamer (${card.citation}): niet in de gebundelde gegevens, die alleen de Tweede Kamer bevatten.`
            : `Kamerstuk ${r.reference.key.replace(/-(\d+)$/, ', nr. $1')}: niet in de gebundelde gegevens.`;
          return card;
        }
        const best = r.best ? ds.motion(r.best.key) : undefined;
        if (!best) return unknownCard(ds, m, r.message);
        return motionCard(ds, best, r);
      }
      case 'amount':
        return amountCard(ds, m);
      case 'handelingen':
        return handelingenCard(ds, m);
    }
  } catch (e) {
    // A record that fails validation is not "unknown": the caller says the data is unavailable.
    if (e instanceof DatasetError) throw e;
    return unknownCard(ds, m);
  }
}
