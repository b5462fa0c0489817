import type { Mention } from '../../lib/detect/types';

/** A tiny stand-in detector for DOM tests: "19637, nr. 3435" and "motie-Eerdmans"/"motie Eerdmans". */
export function fakeDetect(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(/(\d{2} ?\d{3}),\s+nr\.\s+(\d+)/g)) {
    out.push({ kind: 'kamerstuk', start: m.index!, end: m.index! + m[0].length, text: m[0], dossier: Number(m[1]!.replace(' ', '')), toevoeging: null, ondernummer: Number(m[2]) });
  }
  for (const m of text.matchAll(/motie[- ]([A-Z][a-z]+)/g)) {
    out.push({ kind: 'motion', start: m.index!, end: m.index! + m[0].length, text: m[0], indieners: [m[1]!], signatories: [{ surname: m[1]! }], cs: false });
  }
  for (const m of text.matchAll(/(\d+) miljoen euro/g)) {
    out.push({ kind: 'amount', start: m.index!, end: m.index! + m[0].length, text: m[0], value: Number(m[1]) * 1e6, currency: 'EUR' });
  }
  return out;
}
