/**
 * Kamerstuk keys: "19637-3435", "36600-VI-12", a kingdom act's "36455-(R2188)-13" (lib/detect's kamerstukKey() writes
 * a mention's with this), a dossier alone "29344" or "36600-VI".
 */
export function kamerstukKey(dossier: number, toevoeging: string | null | undefined, ondernummer?: number | null): string {
  const parts: string[] = [String(dossier)];
  if (toevoeging) parts.push(toevoeging.toUpperCase());
  if (ondernummer !== null && ondernummer !== undefined) parts.push(String(ondernummer));
  return parts.join('-');
}

export interface KamerstukRef {
  dossier: number;
  toevoeging: string | null;
  ondernummer: number | null;
}

/** Parse a key "36600-VI-12" back; undefined if it is not one. */
export function parseKamerstukKey(key: string): KamerstukRef | undefined {
  const m = /^(\d+)(?:-([A-Z]+|[A-Z0-9]+(?=-)))?(?:-(\d+))?$/.exec(key.trim().toUpperCase());
  if (!m) return undefined;
  return { dossier: Number(m[1]), toevoeging: m[2] ?? null, ondernummer: m[3] !== undefined ? Number(m[3]) : null };
}

export type Reference =
  | ({ kind: 'kamerstuk' } & KamerstukRef & { key: string })
  | { kind: 'document'; documentNummer: string }
  | { kind: 'zaak'; zaakNummer: string };

/**
 * A reference as a user types it on the command line or in a search box: "Kamerstuk 19 637, nr. 3435",
 * "kst-36600-VI-12", "19637-3435", "2025D27010", "2024Z20838". Undefined if it is none of those.
 */
export function parseReference(input: string): Reference | undefined {
  const s = input.trim().replace(/\u00a0/g, ' ');
  const dz = /^(\d{4})\s*([DZ])\s*(\d{5})$/i.exec(s);
  if (dz) {
    const nummer = `${dz[1]}${dz[2].toUpperCase()}${dz[3]}`;
    return dz[2].toUpperCase() === 'D' ? { kind: 'document', documentNummer: nummer } : { kind: 'zaak', zaakNummer: nummer };
  }
  const kst = /^kst-(\d+)(?:-([A-Za-z0-9]+))?-(\d+)$/i.exec(s);
  if (kst) return ref(Number(kst[1]), kst[2] ?? null, Number(kst[3]));
  // "Kamerstuk(ken) [II 2024/25,] 19 637 [VI], nr. 3435" and bare "19637-3435"/"19637, nr. 3435".
  const long = /^(?:kamerstuk(?:ken)?\s*(?:II|I)?\s*(?:(?:vergaderjaar\s*)?\d{4}\s*[/–-]\s*\d{2,4}\s*,?\s*)?)?(\d{1,3}(?:[ .]?\d{3})|\d{4,6})\s*(?:[-,]?\s*([A-Z]{1,5}|\d{1,2})(?=\s*[,-]))?\s*(?:,\s*nrs?\.?\s*|-\s*)?(\d+)?\s*\.?$/i.exec(s);
  if (long) {
    const dossier = Number(long[1].replace(/[ .]/g, ''));
    return ref(dossier, long[2] ?? null, long[3] !== undefined ? Number(long[3]) : null);
  }
  return undefined;
}

function ref(dossier: number, toevoeging: string | null, ondernummer: number | null): Reference {
  const t = toevoeging ? toevoeging.toUpperCase() : null;
  return { kind: 'kamerstuk', dossier, toevoeging: t, ondernummer, key: kamerstukKey(dossier, t, ondernummer) };
}
