/**
 * What a card shows, built by lib/cards/build.ts in the background and rendered by components/Card.
 * It crosses the messaging boundary, so the content script validates it with CardModelSchema.
 */
import { z } from 'zod/mini';

const Link = z.object({ label: z.string().check(z.maxLength(200)), href: z.string().check(z.maxLength(2000)) });
const Fact = z.object({ label: z.string().check(z.maxLength(100)), value: z.string().check(z.maxLength(2000)) });
const Item = z.object({
  text: z.string().check(z.maxLength(2000)),
  detail: z.optional(z.string().check(z.maxLength(2000))),
  href: z.optional(z.string().check(z.maxLength(2000))),
});
const Section = z.object({
  heading: z.string().check(z.maxLength(200)),
  items: z.array(Item).check(z.maxLength(50)),
  /** How many more there are than listed. */
  more: z.optional(z.number()),
});
const PartyVote = z.object({ party: z.string(), vote: z.string(), seats: z.nullable(z.number()) });
const Vote = z.object({
  outcome: z.string(),
  voor: z.number(),
  tegen: z.number(),
  parties: z.array(PartyVote).check(z.maxLength(60)),
});

export const CARD_VARIANTS = ['document', 'motion', 'dossier', 'amount', 'handelingen', 'unknown', 'unavailable'] as const;

export const CardModelSchema = z.object({
  variant: z.enum(CARD_VARIANTS),
  /** "Brief regering", "Motie", "Bedrag"... */
  kindLabel: z.string().check(z.maxLength(200)),
  title: z.string().check(z.maxLength(2000)),
  /** A highlighted line under the title: the amount written out, "niet in de gebundelde gegevens"... */
  lead: z.optional(z.string().check(z.maxLength(2000))),
  facts: z.array(Fact).check(z.maxLength(30)),
  /** Vote per party, only where the dataset records the decision. */
  vote: z.optional(Vote),
  /** The motion's request ("verzoekt de regering ..."). */
  request: z.optional(z.string().check(z.maxLength(4000))),
  /** Uncertain resolution or another caveat the reader must see. */
  notice: z.optional(z.string().check(z.maxLength(1000))),
  sections: z.array(Section).check(z.maxLength(10)),
  links: z.array(Link).check(z.maxLength(10)),
  /** What "kopieer verwijzing" copies. */
  citation: z.string().check(z.maxLength(1000)),
  /** A motion's ZaakNummer, for the opt-in live refresh of its status. */
  zaakNummer: z.optional(z.string().check(z.maxLength(20))),
  /** "3 oktober 2025": how current the data is. */
  dataDate: z.nullable(z.string().check(z.maxLength(100))),
});
export type CardModel = z.infer<typeof CardModelSchema>;
export type CardSection = CardModel['sections'][number];
export type CardVote = NonNullable<CardModel['vote']>;
