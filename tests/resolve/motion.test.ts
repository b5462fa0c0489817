import { describe, expect, it } from 'vitest';
import { EMPTY_CONTEXT, type MotionContext } from '../../lib/resolve/context';
import { createMotionCorpus } from '../../lib/resolve/memory-corpus';
import { CONFIDENCE_THRESHOLD, resolveMotion } from '../../lib/resolve/motion';
import { MOTIONS, motion } from './fixtures';

const corpus = createMotionCorpus(MOTIONS, ['19637-3435']);
const ctx = (c: Partial<MotionContext>): MotionContext => ({ ...EMPTY_CONTEXT, ...c });

describe('resolveMotion', () => {
  it('takes the motion a reference right next to it names ("motie Eerdmans ... (Kamerstuk 32317, nr. 919)")', () => {
    const r = resolveMotion(corpus, motion(['Eerdmans']), ctx({ adjacentRefs: [{ dossier: 32317, toevoeging: null, ondernummer: 919 }] }));
    expect(r.status).toBe('resolved');
    expect(r.best?.key).toBe('32317-919');
    expect(r.confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
  });

  it('offers no Tweede Kamer motion for a motion in a text about the Eerste Kamer, unless its reference says which', () => {
    const subject = { subject: 'het voorbereiden van een plan voor de terugkeer van Syriërs' };
    const r = resolveMotion(corpus, motion(['Eerdmans'], subject), ctx({ senate: true }));
    expect(r.status).toBe('none');
    expect(r.best).toBeNull();
    expect(r.message).toMatch(/Eerste Kamer/);
    const cited = resolveMotion(corpus, motion(['Eerdmans'], subject), ctx({ senate: true, adjacentRefs: [{ dossier: 32317, toevoeging: null, ondernummer: 919 }] }));
    expect(cited.best?.key).toBe('32317-919');
  });

  it('uses the words of the subject when there is no reference', () => {
    const r = resolveMotion(
      corpus,
      motion(['Eerdmans'], { subject: 'het voorbereiden van een plan voor de terugkeer van Syriërs' }),
      EMPTY_CONTEXT,
    );
    expect(r.best?.key).toBe('32317-919');
    expect(r.status).toBe('resolved');
  });

  it("takes a motion of these members the text cites elsewhere (a motion's page: its title, then kst-99999-4 in its metadata)", () => {
    const r = resolveMotion(corpus, motion(['Eerdmans']), ctx({ pageRefs: [{ dossier: 99999, toevoeging: null, ondernummer: 4 }] }));
    expect(r.best?.key).toBe('99999-4');
    expect(r.message).toContain('elders in de tekst');
  });

  it('is not sure with only a name, and lists the candidates ("Bedoelde u ...")', () => {
    const r = resolveMotion(corpus, motion(['Eerdmans']), EMPTY_CONTEXT);
    expect(r.status).toBe('uncertain');
    expect(r.confidence).toBeLessThan(CONFIDENCE_THRESHOLD);
    expect(r.message).toContain('Bedoelde u');
    expect([r.best!, ...r.candidates.map((c) => c.motion)].map((m) => m.key).sort()).toEqual(['32317-919', '99999-3', '99999-4']);
  });

  it('prefers a motion its named member submitted over one they only co-signed ("de motie van Becker")', () => {
    const sig = (surname: string) => ({ surname, initials: null, party: null });
    const base = { date: '2025-01-01', replaces: [], replacedBy: [] };
    const two = createMotionCorpus([
      { ...base, key: '90000-1', dossier: 90000, toevoeging: null, ondernummer: 1, title: 'Motie van het lid Flach c.s. over de toekomst van de landbouw en de jonge boeren', signatories: [sig('Flach'), sig('Becker')] },
      { ...base, key: '90000-2', dossier: 90000, toevoeging: null, ondernummer: 2, title: 'Motie van het lid Becker over de toekomst van de landbouw', signatories: [sig('Becker')] },
    ] as unknown as typeof MOTIONS);
    const r = resolveMotion(two, motion(['Becker'], { subject: 'de toekomst van de landbouw en de jonge boeren' }), EMPTY_CONTEXT);
    expect(r.best?.key).toBe('90000-2');
  });

  it('finds a member the publication signs with a first name by the surname alone ("motie van de leden Van Dijk en Podt")', () => {
    const r = resolveMotion(corpus, motion(['Van Dijk', 'Podt'], { subject: 'kleinschalige opvangvoorzieningen' }), EMPTY_CONTEXT);
    expect(r.best?.key).toBe('99999-5');
    const full = resolveMotion(corpus, motion(['Diederik van Dijk', 'Podt']), EMPTY_CONTEXT);
    expect(full.best?.key).toBe('99999-5');
    // The first name written must agree with the initials recorded: Inge van Dijk ("I.") co-signed 99999-1, not Diederik.
    expect(resolveMotion(corpus, motion(['Ceder', 'Inge van Dijk']), EMPTY_CONTEXT).best?.key).toBe('99999-1');
    expect(resolveMotion(corpus, motion(['Ceder', 'Diederik van Dijk']), EMPTY_CONTEXT).best?.key).toBe('99999-2');
  });

  it('finds a motion whose signature is cut off in the publication by the name in its title', () => {
    const r = resolveMotion(corpus, motion(['Grinwis'], { cs: true, subject: 'drinkwaterbedrijven' }), EMPTY_CONTEXT);
    expect(r.best?.key).toBe('99999-6');
  });

  it('finds a double surname written by one part ("de motie-Yeşilgöz")', () => {
    const r = resolveMotion(corpus, motion(['Yeşilgöz']), EMPTY_CONTEXT);
    expect(r.best?.key).toBe('99999-7');
    // News adds the first name.
    expect(resolveMotion(corpus, motion(['Dilan Yeşilgöz-Zegerius']), EMPTY_CONTEXT).best?.key).toBe('99999-7');
  });

  it("takes an earlier mention's reference for a later mention of the same member, unless its subject says otherwise", () => {
    const earlier = ctx({ earlierRefs: [{ dossier: 36600, toevoeging: 'XX', ondernummer: 29 }] });
    expect(resolveMotion(corpus, motion(['Van Nispen']), earlier).best?.key).toBe('36600-XX-29');
    const other = resolveMotion(corpus, motion(['Van Nispen'], { subject: 'het verkorten van beslistermijnen in asiel- en nareiszaken' }), earlier);
    expect(other.best?.key).toBe('36349-15');
  });

  it("uses what another mention of the same member says when this one says nothing", () => {
    const sibling = ctx({ after: ' het niet heeft gehaald', sameSubmittersSubject: 'waarin hij vroeg om een plan voor de terugkeer van Syriërs' });
    const r = resolveMotion(corpus, motion(['Eerdmans']), sibling);
    expect([r.status, r.best?.key]).toEqual(['resolved', '32317-919']);
    expect(resolveMotion(corpus, motion(['Eerdmans']), ctx({ after: ' het niet heeft gehaald' })).status).toBe('uncertain');
  });

  it("prefers, of a member's motions that fit as well, the ones made in the weeks before the text's date (a news page's date)", () => {
    // Eerdmans's motions of 2024-09-01 and 2024-10-01 in the fixtures, and one of 2024-12-11 after the page.
    const r = resolveMotion(corpus, motion(['Eerdmans']), ctx({ pageDate: '2024-10-10' }));
    expect(r.best?.key).toBe('99999-3');
    // Being more recent orders the guesses; it never makes one sure.
    expect(r.status).toBe('uncertain');
    expect(r.candidates[0]?.motion.key).toBe('99999-4');
    expect(resolveMotion(corpus, motion(['Eerdmans']), ctx({ pageDate: '2024-09-15' })).best?.key).toBe('99999-4');
  });

  it('tells two motions by the same member apart by the date written next to it', () => {
    const a = resolveMotion(corpus, motion(['Van Nispen']), ctx({ after: ' over een plan, 17 april 2024', nearbyDate: '2024-04-17' }));
    expect(a.best?.key).toBe('36349-15');
    const b = resolveMotion(corpus, motion(['Van Nispen']), ctx({ nearbyDate: '2024-11-07' }));
    expect(b.best?.key).toBe('36600-XX-29');
  });

  it('accepts co-signers in any notation and prefers the amended motion the page can know', () => {
    const r = resolveMotion(corpus, motion(['Van Zanten', 'Boomsma']), ctx({ pageDate: '2026-01-20', footnoteRefs: [{ dossier: 32317, toevoeging: null, ondernummer: 983 }] }));
    expect(r.status).toBe('resolved');
    expect(r.best?.key).toBe('32317-961');
    const before = resolveMotion(corpus, motion(['Boomsma', 'Van Zanten']), ctx({ pageDate: '2025-06-11' }));
    expect(before.best?.key).toBe('32317-951');
  });

  it('never picks a motion submitted after the text was written', () => {
    const r = resolveMotion(corpus, motion(['Van Nispen'], { subject: 'een plan' }), ctx({ pageDate: '2024-05-01' }));
    expect(r.best?.key).toBe('36349-15');
  });

  it('shows a footnoted motion the dataset lacks as that reference', () => {
    const r = resolveMotion(
      corpus,
      motion(['Ceder', 'Van Dijk'], { signatories: [{ surname: 'Ceder', party: 'CU' }, { surname: 'Van Dijk', party: 'SGP' }] }),
      ctx({ footnoteRefs: [{ dossier: 36871, toevoeging: null, ondernummer: 67 }], pageDate: '2026-06-22' }),
    );
    expect(r.status).toBe('not-in-dataset');
    expect(r.reference?.key).toBe('36871-67');
    expect(r.message).toContain('niet in de gebundelde gegevens');
  });

  it('takes a motion whose own reference is an Eerste Kamer letter ("(35788, letter D)") for the Eerste Kamer\'s, not a namesake\'s in the data', () => {
    const r = resolveMotion(corpus, motion(['Eerdmans'], { subject: 'de AOW' }), ctx({ adjacentRefs: [{ dossier: 35788, toevoeging: null, ondernummer: null, letter: 'D' }] }));
    expect(r.status).toBe('not-in-dataset');
    expect(r.best).toBeNull();
    expect(r.reference?.key).toBe('35788-D');
    expect(r.message).toContain('Kamerstuk 35788, letter D (Eerste Kamer): de moties van de Eerste Kamer');
  });

  it('takes the motion its own reference names when one of its members is misspelt ("Dobben en Van Baarle (Kamerstuk 22 054, nr. 415)")', () => {
    const ref = { dossier: 32317, toevoeging: null, ondernummer: 961 };
    const r = resolveMotion(corpus, motion(['Van Zantenn', 'Boomsma']), ctx({ adjacentRefs: [ref] }));
    expect(r.best?.key).toBe('32317-961');
    expect(r.message).toContain('Van Zantenn staat er niet bij');
    // Not when no named member signed it.
    expect(resolveMotion(corpus, motion(['Van Zantenx', 'Boomsmaxx']), ctx({ adjacentRefs: [ref] })).best).toBeNull();
  });

  it('reads a name one letter off a member\'s as that member\'s, and says so ("motie van Ismail el Albassi", ANP 2025)', () => {
    const r = resolveMotion(corpus, motion(['Van Zantenn', 'Boomsma'], { subject: 'verdragen' }), EMPTY_CONTEXT);
    expect(r.best?.key).toBe('32317-961');
    expect(r.status).toBe('uncertain');
    expect(r.message).toMatch(/^De tekst schrijft «Van Zantenn»: geen Kamerlid heet zo; gezocht als Van Zanten en Boomsma\./);
    // Letters swapped ("van der Brug" for Van der Burg); not a short name, which one letter makes another's.
    expect(resolveMotion(corpus, motion(['Van Znaten', 'Boomsma']), EMPTY_CONTEXT).best?.key).toBe('32317-961');
    expect(resolveMotion(corpus, motion(['Podd']), EMPTY_CONTEXT).best).toBeNull();
  });

  it('takes the amended motion for one whose text says which it replaces ("t.v.v. 32317-951")', () => {
    const r = resolveMotion(corpus, motion(['Van Zanten', 'Boomsma']), ctx({ replacedRefs: [{ dossier: 32317, toevoeging: null, ondernummer: 951 }] }));
    expect(r.best?.key).toBe('32317-961');
    expect(r.message).toContain('vervangt 32317-951');
  });

  it("takes an earlier mention's reference the data lacks over another motion of the member after it in that dossier", () => {
    // "de aangenomen motie van het lid Van der Plas ... (Kamerstuk 21 501-32, nr. 1572)", then "de motie van het lid
    // Van der Plas" (answers to written questions, December 2023): not her nr. 1607 in the data.
    const later = resolveMotion(corpus, motion(['Van Nispen']), ctx({ earlierRefs: [{ dossier: 36600, toevoeging: 'XX', ondernummer: 12 }] }));
    expect(later.status).toBe('not-in-dataset');
    expect(later.reference?.key).toBe('36600-XX-12');
    // A document a little after the motion may be a letter about it ("de motie Van Zanten/Boomsma.4", footnote 4: the
    // letter Kamerstuk 32317, nr. 983): the motion stays a candidate.
    const letter = resolveMotion(corpus, motion(['Van Nispen']), ctx({ earlierRefs: [{ dossier: 36600, toevoeging: 'XX', ondernummer: 31 }] }));
    expect(letter.status).not.toBe('not-in-dataset');
  });

  it('takes a number written without its dossier, more so in a dossier the text names', () => {
    const inDossier = resolveMotion(corpus, motion(['Van Nispen']), ctx({ numbers: [15], pageRefs: [{ dossier: 36349, toevoeging: null, ondernummer: null }] }));
    expect(inDossier.best?.key).toBe('36349-15');
    expect(inDossier.status).toBe('resolved');
    const alone = resolveMotion(corpus, motion(['Van Nispen']), ctx({ numbers: [29], pageDate: '2025-01-01' }));
    expect(alone.best?.key).toBe('36600-XX-29');
  });

  it("takes a motion's own number the dataset lacks over another motion of the same member in that dossier", () => {
    // 36600-XX-29 is Van Nispen's; nr. 412 of that dossier is another, much later document.
    const far = resolveMotion(corpus, motion(['Van Nispen']), ctx({ adjacentRefs: [{ dossier: 36600, toevoeging: 'XX', ondernummer: 412 }] }));
    expect(far.status).toBe('not-in-dataset');
    expect(far.reference?.key).toBe('36600-XX-412');
    // Close by too, when the mention's own parenthesis names it: nothing says 29 amends 31 ("de gewijzigde motie van het
    // lid Soepboer over ... (Kamerstuk 27923-489)" in a committee's agenda, 2025: the data has 27923-483, which 489 amended).
    const own = resolveMotion(corpus, motion(['Van Nispen']), ctx({ adjacentRefs: [{ dossier: 36600, toevoeging: 'XX', ondernummer: 31 }] }));
    expect(own.status).toBe('not-in-dataset');
    expect(own.reference?.key).toBe('36600-XX-31');
    // The data's amended version of the number cited stands in for it.
    const amended = resolveMotion(
      createMotionCorpus(MOTIONS.filter((m) => m.key !== '32317-951')),
      motion(['Van Zanten', 'Boomsma']),
      ctx({ adjacentRefs: [{ dossier: 32317, toevoeging: null, ondernummer: 951 }] }),
    );
    expect(amended.best?.key).toBe('32317-961');
    // A footnote's number close by may be a letter about the member's motion (a seed page's footnote cites the letter on
    // it): the dataset's motion stays a candidate.
    const footnote = resolveMotion(corpus, motion(['Van Nispen']), ctx({ footnoteRefs: [{ dossier: 36600, toevoeging: 'XX', ondernummer: 31 }] }));
    expect(footnote.status).not.toBe('not-in-dataset');
    // Not one made long after the text was written: an amended version follows within days.
    const later = resolveMotion(corpus, motion(['Van Nispen']), ctx({ footnoteRefs: [{ dossier: 36600, toevoeging: 'XX', ondernummer: 31 }], pageDate: '2023-11-17' }));
    expect(later.status).toBe('not-in-dataset');
    expect(later.reference?.key).toBe('36600-XX-31');
  });

  it('disambiguates namesakes by party, and says so when the text does not', () => {
    const sgp = resolveMotion(
      corpus,
      motion(['Ceder', 'Van Dijk'], { signatories: [{ surname: 'Ceder' }, { surname: 'van Dijk', party: 'SGP' }] }),
      EMPTY_CONTEXT,
    );
    expect(sgp.best?.key).toBe('99999-2');
    expect(sgp.status).toBe('resolved');
    const unsure = resolveMotion(corpus, motion(['Ceder', 'Van Dijk']), EMPTY_CONTEXT);
    expect(unsure.status).toBe('ambiguous');
    expect(unsure.message).toContain('Van Dijk');
  });

  it('reads a party written out as its short name ("Ceder (ChristenUnie)", "Van Dijk (Staatkundig Gereformeerde Partij)")', () => {
    const written = resolveMotion(
      corpus,
      motion(['Ceder', 'Van Dijk'], { signatories: [{ surname: 'Ceder', party: 'ChristenUnie' }, { surname: 'van Dijk', party: 'Staatkundig Gereformeerde Partij' }] }),
      EMPTY_CONTEXT,
    );
    expect(written.best?.key).toBe('99999-2');
    expect(written.status).toBe('resolved');
  });

  it('reads a party written as its abbreviation and its name together ("Wijen-Nass (BBB BoerBurgerBeweging)", a regional site, 2025)', () => {
    const both = (party: string) =>
      resolveMotion(corpus, motion(['Van Zanten', 'Boomsma'], { signatories: [{ surname: 'Van Zanten', party }, { surname: 'Boomsma', party: 'Nieuw Sociaal Contract' }] }), EMPTY_CONTEXT);
    expect(both('BBB BoerBurgerBeweging').best?.key).toBe('32317-961');
    expect(both('VVD Volkspartij').best).toBeNull();
  });

  it('reads "de motie Van Zanten-Boomsma" as two members when no member has that double name (a minister\'s letter, 2024)', () => {
    const r = resolveMotion(corpus, motion(['Van Zanten-Boomsma'], { subject: 'een verkenning naar verdragen' }), EMPTY_CONTEXT);
    expect(r.best?.key).toBe('32317-961');
    // A member who has a double name keeps it.
    expect(resolveMotion(corpus, motion(['Yeşilgöz-Zegerius']), EMPTY_CONTEXT).best?.key).toBe('99999-7');
  });

  it('says plainly when nobody by that name submitted a motion', () => {
    const r = resolveMotion(corpus, motion(['Jansen']), EMPTY_CONTEXT);
    expect(r.status).toBe('none');
    expect(r.best).toBeNull();
    expect(r.message).toBe('Geen motie van Jansen gevonden in de gebundelde gegevens.');
  });
});
