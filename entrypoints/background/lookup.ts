/**
 * Looks a marked mention up in the dataset: whether the record is known, and (until lib/cards'
 * buildCardModel is wired in) a plain card model of title and lines the content script shows.
 * Never throws on odd records: missing fields are left out, never invented.
 */
import type { Dataset } from '../../lib/data/dataset';
import type { MotionRecord } from '../../lib/data/schema';
import type { MotionMention } from '../../lib/detect/types';
import type { MentionRef, MentionStatus } from '../../lib/messages';
import { EMPTY_CONTEXT, type MotionContext } from '../../lib/resolve/context';
import { resolveMotion, type MotionResolution } from '../../lib/resolve/motion';

export interface PlainCardModel {
  title: string;
  lines: string[];
  /** Official pages of the record itself (built from its keys, never from free text). */
  links?: { label: string; href: string }[];
}

const OB = 'https://zoek.officielebekendmakingen.nl';
const TK = 'https://www.tweedekamer.nl';

function recordLinks(key: string | null, documentNummer: string | null, zaakNummer?: string | null) {
  const links: { label: string; href: string }[] = [];
  if (key && /^\d+(-[A-Z0-9]+)?-\d+$/.test(key)) links.push({ label: 'officielebekendmakingen.nl', href: `${OB}/kst-${key}.html` });
  const params = [zaakNummer && /^\d{4}Z\d+$/.test(zaakNummer) ? `id=${zaakNummer}` : null, documentNummer && /^\d{4}D\d+$/.test(documentNummer) ? `did=${documentNummer}` : null].filter(Boolean);
  if (params.length > 0) links.push({ label: 'tweedekamer.nl', href: `${TK}/kamerstukken/detail?${params.join('&')}` });
  return links;
}

function dutchDate(iso: string | null | undefined): string | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function resolveRef(dataset: Dataset, ref: MentionRef): MotionResolution | null {
  if (ref.mention.kind !== 'motion') return null;
  const ctx: MotionContext = ref.context ?? EMPTY_CONTEXT;
  return resolveMotion(dataset, ref.mention as MotionMention, ctx);
}

function recordOf(dataset: Dataset, ref: MentionRef) {
  const m = ref.mention;
  switch (m.kind) {
    case 'kamerstuk':
      if (m.ondernummer === null) return { dossier: dataset.dossier(m.dossier, m.toevoeging) };
      return { document: dataset.document(ref.key), motion: dataset.motion(ref.key) };
    case 'document':
      return { document: dataset.document(m.documentNummer), motion: dataset.motion(m.documentNummer) };
    case 'zaak':
      return { motion: dataset.motion(m.zaakNummer) };
    case 'motion': {
      const r = resolveRef(dataset, ref);
      return { motion: r?.status === 'resolved' && r.best ? dataset.motion(r.best.key) : undefined };
    }
    case 'amount':
      return { amounts: dataset.amountsByValue(m.value) };
    case 'handelingen':
      return {};
  }
}

export function statusOf(dataset: Dataset, ref: MentionRef): MentionStatus {
  const r = recordOf(dataset, ref);
  const known = !!(r.document || r.motion || r.dossier || (r.amounts && r.amounts.length > 0));
  return known ? 'known' : 'unknown';
}

function motionLines(m: MotionRecord): string[] {
  const lines: string[] = [];
  const who = m.signatories.map((s) => (s.party ? `${s.surname} (${s.party})` : s.surname)).join(', ');
  const date = dutchDate(m.date);
  lines.push(`Kamerstuk ${m.key.replace(/-(\d+)$/, ', nr. $1')}${date ? `, ${date}` : ''}`);
  if (who) lines.push(`Ingediend door ${who}`);
  if (m.advice) lines.push(`Kabinetsappreciatie: ${m.advice}`);
  lines.push(m.outcome === 'unknown' ? 'Uitslag niet in de gebundelde gegevens' : `Uitslag: ${m.outcome}`);
  if (m.request) lines.push(m.request);
  return lines;
}

export function plainCard(dataset: Dataset, ref: MentionRef): PlainCardModel | null {
  const r = recordOf(dataset, ref);
  const stand = dutchDate(dataset.meta.dataDate);
  const tail = stand ? [`Stand van de gegevens: ${stand}`] : [];
  if (r.motion) {
    const m = r.motion;
    return { title: m.title, lines: [...motionLines(m), ...tail], links: recordLinks(m.key, m.documentNummer, m.zaakNummer) };
  }
  if (r.document) {
    const d = r.document;
    const date = dutchDate(d.date);
    const lines = [[d.kind, date].filter(Boolean).join(', ')];
    // In the open data a document's title is usually its dossier's; the subject says what it is.
    const heading = d.subject?.trim() || d.title;
    const dossier = d.dossier !== null ? dataset.dossier(d.dossier, d.toevoeging) : undefined;
    if (heading !== d.title && d.title !== dossier?.title) lines.push(d.title);
    if (dossier) lines.push(`Dossier ${dossier.key}: ${dossier.title}`);
    return { title: heading, lines: [...lines.filter((l) => l !== ''), ...tail], links: recordLinks(d.key, d.id, d.zaken?.[0] ?? null) };
  }
  if (r.dossier) return { title: r.dossier.title, lines: [`Dossier ${r.dossier.key}`, ...tail] };
  if (r.amounts && r.amounts.length > 0) {
    const first = r.amounts[0]!;
    return {
      title: ref.mention.text,
      lines: [`Komt ${r.amounts.length === 1 ? '1 keer' : `${r.amounts.length} keer`} voor in de gebundelde gegevens`, `“${first.sentence}”`, ...tail],
    };
  }
  if (ref.mention.kind === 'motion') {
    const res = resolveRef(dataset, ref);
    if (res?.message) return { title: ref.mention.text, lines: [res.message, ...tail] };
  }
  return null;
}
