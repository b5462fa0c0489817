/** Batches status lookups of marked mentions into few messages to the background. */
import { MAX_BATCH, type MentionRef, type MentionStatus } from '../../lib/messages';

export type SendLookup = (mentions: MentionRef[]) => Promise<Map<string, MentionStatus>>;

export class LookupBatcher {
  private pending: MentionRef[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly send: SendLookup,
    private readonly apply: (statuses: Map<string, MentionStatus>) => void,
    private readonly delayMs = 40,
  ) {}

  add(refs: MentionRef[]): void {
    if (refs.length === 0) return;
    this.pending.push(...refs);
    if (this.pending.length >= MAX_BATCH) this.flush();
    else if (!this.timer) this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, MAX_BATCH);
      this.send(batch)
        .then((statuses) => this.apply(statuses))
        .catch(() => this.apply(new Map(batch.map((m) => [m.id, 'error' as const]))));
    }
  }
}
