// What the fake X API served that X would bill for, counted by the fake itself as X's pricing page says.

/** https://docs.x.com/x-api/getting-started/pricing: reads per resource returned (each once per UTC day), writes per request. */
export type FakeXBillable =
  'post' | 'own post' | 'user' | 'dm event' | 'post created' | 'post created with a link' | 'dm created';

export class FakeXBill {
  readonly counts: Record<FakeXBillable, number> = {
    post: 0,
    'own post': 0,
    user: 0,
    'dm event': 0,
    'post created': 0,
    'post created with a link': 0,
    'dm created': 0,
  };
  private readonly seen = new Set<string>();

  constructor(private readonly now: () => Date) {}

  /** Resources in an answer: each charged once per UTC day. */
  served(kind: FakeXBillable, resources: readonly unknown[]): void {
    const day = this.now().toISOString().slice(0, 10);
    for (const resource of resources) {
      const id = typeof resource === 'object' && resource !== null ? (resource as { id?: unknown }).id : undefined;
      if (typeof id !== 'string' || this.seen.has(`${day} ${kind} ${id}`)) continue;
      this.seen.add(`${day} ${kind} ${id}`);
      this.counts[kind] += 1;
    }
  }

  /** A write: charged every time. */
  request(kind: FakeXBillable): void {
    this.counts[kind] += 1;
  }
}
