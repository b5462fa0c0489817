import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../lib/data/load-node';
import { detect } from '../../lib/detect/index';
import type { MotionMention } from '../../lib/detect/types';
import { buildMotionContext } from '../../lib/resolve/context';
import { resolveMotionsInText } from '../../lib/resolve/index';
import { resolveMotion } from '../../lib/resolve/motion';
import { givenNameFits, surnameMatches } from '../../lib/resolve/names';

describe('a first name written with a surname', () => {
  it('reads a signature the data cut off after its comma ("Erkens,") as the surname alone', () => {
    expect(surnameMatches('Erkens', 'Erkens,')).toBe(true);
    expect(surnameMatches('Van Oostenbruggen', 'Van Oostenbruggen,')).toBe(true);
    expect(surnameMatches('Erkens', 'Dijk, J.P.')).toBe(false);
  });

  it('matches a first name and one part of a double surname ("Dilan Yeşilgöz" for Yeşilgöz-Zegerius, news 2023)', () => {
    expect(surnameMatches('Dilan Yeşilgöz', 'Yeşilgöz-Zegerius')).toBe(true);
    expect(surnameMatches('Yeşilgöz-Zegerius', 'Dilan Yeşilgöz')).toBe(true);
    expect(surnameMatches('Dilan Zegers', 'Yeşilgöz-Zegerius')).toBe(false);
  });

  it('matches one word of a two-word surname as the signature writes it ("Jesse Six" for Six Dijkstra, news 2025)', async () => {
    expect(surnameMatches('Jesse Six', 'Six Dijkstra')).toBe(true);
    expect(surnameMatches('Werf', 'Van der Werf')).toBe(false);
    // The signature and the title ("Six-Dijkstra") agree now: no single motion is left as a sure answer.
    const text = 'De motie van Hanneke van der Werf en Jesse Six werd aangenomen.';
    const mentions = detect(text);
    const m = mentions.find((x): x is MotionMention => x.kind === 'motion')!;
    const r = resolveMotion(await loadDataset(), m, buildMotionContext(text, mentions, m));
    expect(r.best?.key).not.toBe('25424-758');
    expect(r.best?.title).toMatch(/Van der Werf en Six Dijkstra/);
  });

  it('fits a member whose initials hold its letter, also when it is not the first ("Joost" for B.J. Eerdmans)', () => {
    expect(givenNameFits('joost', { initials: 'B.J.' })).toBe(true);
    expect(givenNameFits('inge', { initials: 'I.' })).toBe(true);
    expect(givenNameFits('diederik', { initials: 'I.' })).toBe(false);
  });

  it('fits the name a member goes by where the members\' list has it: "Jasper van Dijk" is not D.J.H. (Diederik) van Dijk', () => {
    expect(givenNameFits('jasper', { initials: 'D.J.H.', firstName: 'Diederik' })).toBe(false);
    expect(givenNameFits('diederik', { initials: 'D.J.H.', firstName: 'Diederik' })).toBe(true);
    expect(givenNameFits('tony', { initials: 'A.P.C.', firstName: 'Tony' })).toBe(true);
    expect(givenNameFits('chris', { initials: 'C.', firstName: 'Christianne' })).toBe(true);
  });

  it('offers no motion of Diederik van Dijk (SGP) for "SP-Tweede Kamerlid Jasper van Dijk" (regional news, 2013)', async () => {
    const ds = await loadDataset();
    const text = 'Een motie van SP-Tweede Kamerlid Jasper van Dijk daarover is verworpen. Tegen de motie stemden VVD en PvdA.';
    const [r] = resolveMotionsInText(ds, text, detect(text));
    expect(r!.resolution.status).toBe('none');
    expect([r!.resolution.best, ...(r!.resolution.candidates ?? []).map((c) => c.motion)].filter(Boolean)).toEqual([]);
  });

  it('finds the motions of "JA21-voorman Joost Eerdmans" as those of Eerdmans (news writes the name members go by)', async () => {
    const ds = await loadDataset();
    const text = 'De motie van JA21-voorman Joost Eerdmans over een asielstop haalde het nipt.';
    const mentions = detect(text);
    const mention = mentions.find((m): m is MotionMention => m.kind === 'motion')!;
    const r = resolveMotion(ds, mention, buildMotionContext(text, mentions, mention));
    expect(r.status).not.toBe('none');
    expect(r.best?.signatories.some((s) => s.surname === 'Eerdmans')).toBe(true);
  });
});

describe('a misspelt name', () => {
  it('is one member\'s, one letter off as written; not a short name, nor one part of a double name (news, 2018-2025)', async () => {
    const ds = await loadDataset();
    expect(ds.misspelt('el Albassi')).toBe('el abassi');
    expect(ds.misspelt('Ismail el Albassi')).toBe('el abassi');
    expect(ds.misspelt('van der Brug')).toBe('van der burg');
    // Jorien Wuite and Gerard von Martels were members before the data's term: not Raoul White, not Martens-America.
    expect(ds.misspelt('Wuite')).toBeNull();
    expect(ds.misspelt('Von Martels')).toBeNull();
    expect(ds.misspelt('Martels')).toBeNull();
  });

  it('is looked up so though its core finds a member ("van den Burg" for Van der Burg, a Council report, 2025)', async () => {
    const text = 'Met dit verslag wordt voldaan aan de motie van het lid van den Burg c.s. over gerichte sancties tegen Rwandese betrokkenen bij M23.';
    const mentions = detect(text);
    const mention = mentions.find((m): m is MotionMention => m.kind === 'motion')!;
    const r = resolveMotion(await loadDataset(), mention, buildMotionContext(text, mentions, mention));
    expect(r.best?.key).toBe('21501-02-3078');
    expect(r.status).not.toBe('resolved');
    expect(r.message).toMatch(/^De tekst schrijft «Van den Burg»: geen Kamerlid heet zo; gezocht als Van der Burg c\.s\. /);
  });

  it('among others, leaves that name out of the search, never for a sure answer ("Olger van Dijk en Piedk", a summary service, 2025)', async () => {
    const text = 'In deze motie vragen Olger van Dijk en Piedk de regering om aandacht voor de Nedersaksische grensregio en de gevolgen van de stikstofaanpak.';
    const mentions = detect(text);
    const mention = mentions.find((m): m is MotionMention => m.kind === 'motion')!;
    const r = resolveMotion(await loadDataset(), mention, buildMotionContext(text, mentions, mention));
    expect(r.best?.signatories.some((s) => /Dijk/.test(s.surname))).toBe(true);
    expect(r.status).not.toBe('resolved');
    expect(r.message).toMatch(/^De tekst schrijft ook «Piedk»: geen Kamerlid heet zo/);
  });
});
