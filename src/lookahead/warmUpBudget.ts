/**
 * A server's allowance of background planning: look-ahead warm-ups make Neo4j plan statements, work
 * any caller can ask for, so it is rationed per server instance.
 */
/**
 * How much background planning a server's callers may cause: one warm-up at a time, and a bucket
 * of WARM_UP_BURST warm-ups refilled by one every WARM_UP_REFILL_MS (an app's handful of shapes warm
 * at once; a stream of new shapes keeps Neo4j busy a few percent of a core at most).
 */
export class WarmUpBudget {
  static readonly BURST = 10;
  static readonly REFILL_MS = 10_000;
  private tokens: number = WarmUpBudget.BURST;
  private refilledAt: number;
  private running = false;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.refilledAt = now();
  }

  /** True (and the warm-up counted) when one may start now; call `finished()` when it ends. */
  tryStart(): boolean {
    const now = this.now();
    const earned = Math.floor((now - this.refilledAt) / WarmUpBudget.REFILL_MS);
    if (earned > 0) {
      this.tokens = Math.min(WarmUpBudget.BURST, this.tokens + earned);
      this.refilledAt += earned * WarmUpBudget.REFILL_MS;
    }
    if (this.running || this.tokens < 1) return false;
    this.tokens--;
    this.running = true;
    return true;
  }

  finished(): void {
    this.running = false;
  }
}
