/**
 * Every message between the extension's parts, as zod schemas. Each side validates what it
 * receives: the content script runs on hostile pages and the background must never trust it blindly.
 *
 * content script  -> background: ping, lookup (batched statuses), card (the model for one mention), search,
 *                                  card-layer (run /card-layer.js in the sender's frame)
 * popup/sidepanel -> content script (tabs.sendMessage): page-mentions, reveal-mention
 */
// zod/mini: the same schemas at a fraction of the size in the content script bundle.
import { z } from 'zod/mini';

export const MENTION_KINDS = ['kamerstuk', 'document', 'zaak', 'handelingen', 'motion', 'amount'] as const;
export const MentionKindSchema = z.enum(MENTION_KINDS);

const span = {
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  text: z.string().check(z.maxLength(2000)),
};

const SignatorySchema = z.object({
  surname: z.string().check(z.maxLength(200)),
  party: z.optional(z.string().check(z.maxLength(100))),
  initials: z.optional(z.string().check(z.maxLength(50))),
});

/** The detector's Mention (lib/detect/types.ts) as it crosses the messaging boundary. */
export const MentionSchema = z.discriminatedUnion('kind', [
  z.object({
    ...span,
    kind: z.literal('kamerstuk'),
    dossier: z.int(),
    toevoeging: z.nullable(z.string().check(z.maxLength(20))),
    ondernummer: z.nullable(z.int()),
    ondernummerTot: z.optional(z.int()),
    letter: z.optional(z.string().check(z.regex(/^[A-Z]{1,2}$/))),
    rijkswet: z.optional(z.string().check(z.regex(/^R\d{3,4}$/))),
  }),
  z.object({ ...span, kind: z.literal('document'), documentNummer: z.string().check(z.maxLength(40)) }),
  z.object({ ...span, kind: z.literal('zaak'), zaakNummer: z.string().check(z.maxLength(40)) }),
  z.object({
    ...span,
    kind: z.literal('handelingen'),
    aanhangsel: z.boolean(),
    vergaderjaar: z.nullable(z.string().check(z.maxLength(20))),
    nummer: z.int(),
    item: z.optional(z.int()),
    eersteKamer: z.optional(z.boolean()),
  }),
  z.object({
    ...span,
    kind: z.literal('motion'),
    indieners: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)),
    signatories: z.array(SignatorySchema).check(z.maxLength(50)),
    cs: z.boolean(),
    subject: z.optional(z.string().check(z.maxLength(2000))),
    numberBefore: z.optional(z.literal(true)),
    proposed: z.optional(z.literal(true)),
    heading: z.optional(z.literal(true)),
  }),
  z.object({
    ...span,
    kind: z.literal('amount'),
    value: z.number(),
    currency: z.literal('EUR'),
    per: z.optional(z.string().check(z.maxLength(200))),
  }),
]);

const RefSchema = z.object({
  dossier: z.int(),
  toevoeging: z.nullable(z.string().check(z.maxLength(20))),
  ondernummer: z.nullable(z.int()),
  letter: z.optional(z.string().check(z.regex(/^[A-Z]{1,2}$/))),
});

/**
 * What the page says around a motion mention, for the resolver (same shape as MotionContext in
 * lib/resolve/context.ts). The content script fills it from the page: the clause after the mention
 * in its block, the footnote its marker points to, every other Kamerstuk reference on the page and
 * the page's own date.
 */
export const MotionContextSchema = z.object({
  after: z.string().check(z.maxLength(2000)),
  before: z.optional(z.string().check(z.maxLength(2000))),
  adjacentRefs: z.array(RefSchema).check(z.maxLength(50)),
  replacedRefs: z.optional(z.array(RefSchema).check(z.maxLength(50))),
  numbers: z.optional(z.array(z.int()).check(z.maxLength(10))),
  footnoteRefs: z.array(RefSchema).check(z.maxLength(50)),
  earlierRefs: z.optional(z.array(RefSchema).check(z.maxLength(50))),
  laterRefs: z.optional(z.array(RefSchema).check(z.maxLength(50))),
  footnoteText: z.optional(z.string().check(z.maxLength(2000))),
  sameSubmittersSubject: z.optional(z.string().check(z.maxLength(2000))),
  purportSubject: z.optional(z.string().check(z.maxLength(2000))),
  earlierSubject: z.optional(z.string().check(z.maxLength(2000))),
  nearbyText: z.optional(z.string().check(z.maxLength(6000))),
  documentNumbers: z.optional(z.array(z.string().check(z.maxLength(20))).check(z.maxLength(50))),
  pageRefs: z.array(RefSchema).check(z.maxLength(500)),
  pageDate: z.nullable(z.string().check(z.maxLength(30))),
  pageDateStated: z.optional(z.boolean()),
  nearbyDate: z.nullable(z.string().check(z.maxLength(30))),
  nearbyDayMonth: z.optional(z.string().check(z.regex(/^\d\d-\d\d$/))),
  sentenceDate: z.optional(z.string().check(z.maxLength(30))),
  senate: z.optional(z.boolean()),
});
export type MotionContextMessage = z.infer<typeof MotionContextSchema>;

/** One marked mention as the content script sends it. `id` is the data-kw-id of its element(s). */
export const MentionRefSchema = z.object({
  id: z.string().check(z.maxLength(40)),
  kind: MentionKindSchema,
  key: z.string().check(z.maxLength(300)),
  mention: MentionSchema,
  context: z.optional(MotionContextSchema),
});
export type MentionRef = z.infer<typeof MentionRefSchema>;

export const MentionStatusSchema = z.enum(['known', 'unknown', 'error']);
export type MentionStatus = z.infer<typeof MentionStatusSchema>;

export const PingSchema = z.object({ type: z.literal('ping') });
export const PongSchema = z.object({ type: z.literal('pong'), version: z.string() });

/** Content script -> background: run the card layer's script in the sender's frame (once per page). */
export const CardLayerRequestSchema = z.object({ type: z.literal('card-layer') });
export const CardLayerResponseSchema = z.object({
  type: z.literal('card-layer-result'),
  ok: z.boolean(),
  error: z.optional(z.string().check(z.maxLength(500))),
});
export type CardLayerResponse = z.infer<typeof CardLayerResponseSchema>;

export const MAX_BATCH = 200;
export const LookupRequestSchema = z.object({
  type: z.literal('lookup'),
  mentions: z.array(MentionRefSchema).check(z.maxLength(MAX_BATCH)),
});
export type LookupRequest = z.infer<typeof LookupRequestSchema>;

export const LookupResponseSchema = z.object({
  type: z.literal('lookup-result'),
  results: z.array(z.object({ id: z.string(), status: MentionStatusSchema })),
  /** Set when the dataset could not be loaded ("gegevens niet beschikbaar"). */
  error: z.optional(z.string()),
});
export type LookupResponse = z.infer<typeof LookupResponseSchema>;

export const CardRequestSchema = z.object({ type: z.literal('card'), mention: MentionRefSchema });
export type CardRequest = z.infer<typeof CardRequestSchema>;

/**
 * The card model is validated by the card engineer's schema (lib/cards) on both sides; here it is
 * opaque so this file does not depend on the cards.
 */
export const CardResponseSchema = z.object({
  type: z.literal('card-result'),
  id: z.string(),
  status: MentionStatusSchema,
  model: z.unknown(),
  error: z.optional(z.string()),
});
export type CardResponse = z.infer<typeof CardResponseSchema>;

export const SearchRequestSchema = z.object({
  type: z.literal('search'),
  query: z.string().check(z.maxLength(500)),
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
});
export type SearchRequest = z.infer<typeof SearchRequestSchema>;

export const SearchResponseSchema = z.object({
  type: z.literal('search-result'),
  results: z.array(z.unknown()),
  error: z.optional(z.string()),
});
export type SearchResponse = z.infer<typeof SearchResponseSchema>;

/** Anything the background answers. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  PingSchema,
  LookupRequestSchema,
  CardRequestSchema,
  SearchRequestSchema,
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

/** Popup / side panel -> the content script of a tab: what is marked on this page. */
export const PageMentionsRequestSchema = z.object({ type: z.literal('page-mentions') });
export const PageMentionSchema = z.object({
  id: z.string(),
  kind: MentionKindSchema,
  key: z.string(),
  text: z.string(),
  status: z.enum(['known', 'unknown', 'error', 'pending']),
});
export type PageMention = z.infer<typeof PageMentionSchema>;
export const PageMentionsResponseSchema = z.object({
  type: z.literal('page-mentions-result'),
  url: z.string(),
  count: z.int().check(z.nonnegative()),
  mentions: z.array(PageMentionSchema),
});
export type PageMentionsResponse = z.infer<typeof PageMentionsResponseSchema>;

/** Side panel -> content script: scroll to a mention and open its card. */
export const RevealMentionRequestSchema = z.object({ type: z.literal('reveal-mention'), id: z.string().check(z.maxLength(40)) });
export const RevealMentionResponseSchema = z.object({ type: z.literal('reveal-mention-result'), found: z.boolean() });

/** Parse an answer; a malformed one becomes an Error with a short reason instead of bad data. */
export function parseMessage<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`ongeldig bericht (${what}): ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'onbekend'}`);
  }
  return parsed.data;
}
