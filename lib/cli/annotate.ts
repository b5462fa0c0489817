/**
 * `kamerwijzer annotate FILE`: the text with numbered markers after each mention and, below it, what
 * each mention is, its status and its sources: a checklist for fact-checking a draft.
 */
import type { Dataset } from '../data/dataset';
import { loadDataset } from '../data/load-node';
import { detect } from '../detect';
import { readInputFile } from './input';
import { kamerstukKey } from '../detect/kamerstuk';
import { handelingenName, outcomeLabel, senateLetter, writeOutAmount } from '../format/dutch';
import type { Mention } from '../detect/types';
import { findAmountSources } from '../resolve/amount';
import { amountCorpusOf } from '../resolve/dataset-amounts';
import { officialLinks } from '../format/links';
import { buildMotionContext } from '../resolve/context';
import { resolveMotion } from '../resolve/motion';

function motionStatus(ds: Dataset, key: string): string[] {
  const m = ds.motion(key);
  if (!m) return ['  niet in de gebundelde gegevens'];
  const lines = [`  ${m.title}`, `  ${m.date ?? 'datum onbekend'} · ${m.signatories.map((s) => `${s.surname}${s.party ? ` (${s.party})` : ''}`).join(', ')}`];
  lines.push(`  kabinetsappreciatie: ${m.advice ?? 'onbekend'} · ${outcomeLabel(m.outcome)}`);
  if (m.decision?.votes.length) {
    const voor = m.decision.votes.filter((v) => v.vote === 'Voor');
    const seats = (vs: typeof voor) => vs.reduce((n, v) => n + (v.seats ?? 0), 0);
    const tegen = m.decision.votes.filter((v) => v.vote === 'Tegen');
    lines.push(`  stemming: voor ${seats(voor)} (${voor.map((v) => v.party).join(', ')}), tegen ${seats(tegen)} (${tegen.map((v) => v.party).join(', ')})`);
  }
  if (m.request) lines.push(`  verzoekt: ${m.request.replace(/\s+/g, ' ').slice(0, 200)}`);
  if (m.replacedBy?.length) lines.push(`  gewijzigd door ${m.replacedBy.join(', ')}`);
  return lines;
}

function describe(ds: Dataset, text: string, all: Mention[], m: Mention): string[] {
  switch (m.kind) {
    case 'kamerstuk': {
      const key = kamerstukKey(m);
      const doc = ds.document(key);
      const motion = ds.motion(key);
      if (motion) return [`Kamerstuk ${key} (motie)`, ...motionStatus(ds, key)];
      if (doc) return [`Kamerstuk ${key}: ${doc.kind}`, `  ${doc.subject ?? doc.title}`, `  ${doc.date ?? 'datum onbekend'} · ${doc.id}`];
      const what = m.letter ? `Kamerstuk ${key}, ${senateLetter(m.letter)}` : `Kamerstuk ${key}`;
      return [what, '  niet in de gebundelde gegevens', `  ${officialLinks(m)[0]!.href}`];
    }
    case 'document':
    case 'zaak': {
      const id = m.kind === 'document' ? m.documentNummer : m.zaakNummer;
      const motion = ds.motion(id);
      if (motion) return [`${id} = motie ${motion.key}`, ...motionStatus(ds, motion.key)];
      const doc = ds.document(id);
      return doc ? [`${id}: ${doc.kind}${doc.key ? ` (Kamerstuk ${doc.key})` : ''}`, `  ${doc.subject ?? doc.title}`, `  ${doc.date ?? 'datum onbekend'}`] : [`${id}`, '  niet in de gebundelde gegevens'];
    }
    case 'handelingen':
      return [handelingenName(m), '  niet in de gebundelde gegevens (Handelingen zitten niet in de momentopname)'];
    case 'motion': {
      const r = resolveMotion(ds, m, buildMotionContext(text, all, m));
      const head = `motie ${m.indieners.join('/')}${m.cs ? ' c.s.' : ''}`;
      if (r.status === 'not-in-dataset') return [head, `  ${r.message}`];
      if (!r.best) return [head, `  ${r.message}`];
      const sure = r.status === 'resolved' ? `= ${r.best.key} (zekerheid ${Math.round(r.confidence * 100)}%)` : `waarschijnlijk ${r.best.key}? (zekerheid ${Math.round(r.confidence * 100)}%: ${r.message})`;
      const lines = [`${head} ${sure}`, ...motionStatus(ds, r.best.key)];
      if (r.status !== 'resolved') for (const c of r.candidates.slice(0, 3)) lines.push(`  of: ${c.motion.key} ${c.motion.title.slice(0, 100)}`);
      return lines;
    }
    case 'amount': {
      const sources = findAmountSources(amountCorpusOf(ds), m, 5);
      const lines = [`${writeOutAmount(m.value)}${m.per ? ` ${m.per}` : ''}`];
      if (!sources.length) lines.push('  bron: dit bedrag staat niet in de gebundelde teksten');
      for (const s of sources) lines.push(`  ${s.exact ? 'bron' : 'vergelijkbaar'}: ${s.documentKey}${s.documentTitle ? ` (${s.documentTitle.slice(0, 70)})` : ''}: “${s.sentence.slice(0, 160)}”`);
      return lines;
    }
  }
}

export async function run(args: string[]): Promise<number> {
  const input = await readInputFile('annotate', args, 'annotate FILE');
  if ('exit' in input) return input.exit;
  const { text } = input;
  const ds = await loadDataset();
  const mentions = detect(text);
  let marked = '';
  let at = 0;
  mentions.forEach((m, i) => {
    marked += `${text.slice(at, m.end)} [${i + 1}]`;
    at = m.end;
  });
  marked += text.slice(at);
  const out = [marked.trimEnd(), '', `---- ${mentions.length} vermelding(en) · stand van de gegevens: ${ds.meta.dataDate} ----`];
  mentions.forEach((m, i) => {
    const [first, ...rest] = describe(ds, text, mentions, m);
    out.push(`[${i + 1}] ${first}`, ...rest);
  });
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
