/** The bundled dataset's amount index as an AmountCorpus (sorted once, then range queries by binary search). */
import type { Dataset } from '../data/dataset';
import type { AmountCorpus, AmountOccurrence } from './amount';

const cache = new WeakMap<Dataset, AmountCorpus>();

export function amountCorpusOf(ds: Dataset): AmountCorpus {
  const hit = cache.get(ds);
  if (hit) return hit;
  const sorted: AmountOccurrence[] = ds.amounts
    .map((a) => {
      const doc = ds.document(a.document);
      const motion = doc ? undefined : ds.motionBase(a.document);
      return {
        value: a.value,
        text: a.text,
        sentence: a.sentence,
        documentKey: doc?.key ?? motion?.key ?? a.document,
        documentTitle: doc ? (doc.subject ?? doc.title) : motion?.title,
        date: doc?.date ?? motion?.date ?? null,
        ...(perIn(a.sentence, a.text) ? { per: perIn(a.sentence, a.text)! } : {}),
      };
    })
    .sort((x, y) => x.value - y.value);
  const corpus: AmountCorpus = {
    amountsBetween(min, max) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]!.value < min) lo = mid + 1;
        else hi = mid;
      }
      const out: AmountOccurrence[] = [];
      for (let i = lo; i < sorted.length && sorted[i]!.value <= max; i++) out.push(sorted[i]!);
      return out;
    },
  };
  cache.set(ds, corpus);
  return corpus;
}

function perIn(sentence: string, written: string): string | null {
  const at = sentence.indexOf(written);
  if (at < 0) return null;
  const m = /^\s*(per\s+\p{Ll}{2,24}|structureel|incidenteel|eenmalig)/u.exec(sentence.slice(at + written.length));
  return m ? m[1]!.replace(/\s+/g, ' ') : null;
}
