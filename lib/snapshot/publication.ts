/**
 * The official publication XML of a motion (officiele-publicatie, kamerstuk): identity, date,
 * signatories and the text split into considerations and the request. Parsed with fast-xml-parser.
 */
import { XMLParser } from 'fast-xml-parser';

export interface Publication {
  dossier: number | null;
  toevoeging: string | null;
  ondernummer: number | null;
  date: string | null;
  dossierTitle: string | null;
  documentTitle: string | null;
  vergaderjaar: string | null;
  /** OVERHEIDop.indiener entries split into initials and surname ("H.D. van Dijk"). */
  signatories: { initials: string | null; surname: string }[];
  paragraphs: string[];
  considerations: string[];
  request: string | null;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Keep each paragraph's inner markup raw; it is flattened to text below.
  stopNodes: ['*.al'],
  parseTagValue: false,
  isArray: (name) => name === 'meta' || name === 'al',
});

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function flatten(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .trim();
}

// A second parser that keeps document order, for the paragraphs (<al>) of the text.
const orderedParser = new XMLParser({ ignoreAttributes: true, preserveOrder: true, stopNodes: ['*.al'], parseTagValue: false });

type Ordered = Record<string, unknown>[];

/** Paragraphs of the <stuk> (or, failing that, the whole document) in document order. */
function collectParagraphs(nodes: Ordered, out: string[], inStuk: boolean): void {
  for (const node of nodes) {
    for (const [k, v] of Object.entries(node)) {
      if (k === ':@' || k === '#text') continue;
      if (k === 'al') {
        if (!inStuk) continue;
        const raw = (v as Ordered).map((c) => String(c['#text'] ?? '')).join('');
        const text = flatten(raw);
        if (text) out.push(text);
      } else if (Array.isArray(v)) collectParagraphs(v as Ordered, out, inStuk || k === 'stuk');
    }
  }
}

const INITIALS = /^((?:[A-Z][a-z]{0,2}\.\s*)+)(.+)$/;

export function splitName(full: string): { initials: string | null; surname: string } {
  const s = full.trim().replace(/\s+/g, ' ');
  const m = INITIALS.exec(s);
  // "(Diederik) van Dijk": the first name only tells two members apart; the initials do that here.
  const strip = (n: string) => n.replace(/^\([^)]*\)\s*/, '').trim();
  return m ? { initials: m[1].replace(/\s+/g, ''), surname: strip(m[2]) } : { initials: null, surname: strip(s) };
}

const REQUEST_START = /^(verzoekt|steunt|dringt|roept|spreekt (zich )?uit|draagt .* op|besluit|vraagt)/i;
const CONSIDERATION_START = /^(constaterende|overwegende|van mening|voorts|tevens|mede gelet|gelet|erkennende|benadrukkende|wijzend|concluderende|vaststellende|van oordeel|meent|stelt vast)/i;
const CLOSING = /^en gaat over tot de orde van de dag/i;

function textOf(node: unknown): string | null {
  if (node === undefined || node === null) return null;
  if (typeof node === 'string' || typeof node === 'number') return flatten(String(node)) || null;
  if (typeof node === 'object' && '#text' in (node as object)) return flatten(String((node as Record<string, unknown>)['#text'])) || null;
  return null;
}

export function parsePublication(xml: string): Publication {
  const doc = parser.parse(xml) as Record<string, any>;
  const root = doc['officiele-publicatie'] ?? {};
  const metas: { '@_name'?: string; '@_content'?: string }[] = root.metadata?.meta ?? [];
  const meta = (name: string) => metas.filter((m) => m['@_name'] === name).map((m) => String(m['@_content'] ?? '').trim());
  const first = (name: string) => meta(name).find((v) => v !== '') ?? null;

  const kamerstuk = root.kamerstuk ?? {};
  const stuk = kamerstuk.stuk;
  // Older publications carry only a link to external metadata: read the same facts from the body.
  const dossierRaw = first('OVERHEIDop.dossiernummer') ?? textOf(kamerstuk.dossier?.dossiernummer?.dossiernr);
  const dm = dossierRaw ? /^(\d+)(?:[-\s]+([A-Za-z0-9]+))?$/.exec(dossierRaw.trim().replace(/(\d)[\s.]+(?=\d)/g, '$1')) : null;
  const nr = first('OVERHEIDop.ondernummer') ?? textOf(stuk?.stuknr?.ondernummer);
  const isoFromText = typeof stuk?.datumtekst === 'object' ? stuk.datumtekst?.datum?.['@_isodatum'] : undefined;
  const yearLine = (Array.isArray(kamerstuk.kamerstukkop?.tekstregel) ? kamerstuk.kamerstukkop.tekstregel : [kamerstuk.kamerstukkop?.tekstregel])
    .map(textOf)
    .find((t: string | null) => t && /^vergaderjaar/i.test(t));

  const paragraphs: string[] = [];
  collectParagraphs(orderedParser.parse(xml) as Ordered, paragraphs, false);
  const closing = paragraphs.findIndex((p) => CLOSING.test(p));
  // Without indiener metadata, the names under the text are the signatories (surnames only).
  const signedNames = closing >= 0 ? paragraphs.slice(closing + 1).filter((p) => p.length < 60 && !/[;:]/.test(p)) : [];

  const considerations: string[] = [];
  const requestParts: string[] = [];
  let inRequest = false;
  for (const p of paragraphs) {
    if (CLOSING.test(p)) break;
    if (REQUEST_START.test(p)) inRequest = true;
    if (inRequest) requestParts.push(p);
    else if (CONSIDERATION_START.test(p)) considerations.push(p);
    else if (considerations.length > 0 && !/^(de kamer|gehoord de beraadslaging)/i.test(p)) {
      // A continuation of the previous consideration (a list inside it).
      considerations[considerations.length - 1] += ` ${p}`;
    }
  }

  const hoofdstuk = textOf(kamerstuk.dossier?.dossiernummer?.begrotingshoofdstuk);
  return {
    dossier: dm ? Number(dm[1]) : null,
    toevoeging: dm?.[2] ? dm[2].toUpperCase() : hoofdstuk ? hoofdstuk.toUpperCase() : null,
    ondernummer: nr && /^\d+$/.test(nr) ? Number(nr) : null,
    date: (typeof isoFromText === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(isoFromText) ? isoFromText : null) ?? first('DCTERMS.issued'),
    dossierTitle: first('OVERHEIDop.dossiertitel') ?? textOf(kamerstuk.dossier?.titel),
    documentTitle: first('OVERHEIDop.documenttitel') ?? textOf(stuk?.titel),
    vergaderjaar: first('OVERHEIDop.vergaderjaar') ?? (yearLine ? yearLine.replace(/^vergaderjaar\s*/i, '').replace(/\s*[–/]\s*/, '-') : null),
    signatories: meta('OVERHEIDop.indiener').filter(Boolean).length
      ? meta('OVERHEIDop.indiener').filter(Boolean).map(splitName)
      : signedNames.map((n) => ({ initials: null, surname: n })),
    paragraphs,
    considerations,
    request: requestParts.length ? requestParts.join(' ') : null,
  };
}
