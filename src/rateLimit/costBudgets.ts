/**
 * Cost budgets per caller: a token bucket of `points` that refills continuously, `points` per
 * `windowSeconds` (GitHub and Shopify budget GraphQL the same way: by the cost of what is asked,
 * not by the number of requests). A query is charged its cost (src/limits/queryLimits.ts) before it
 * executes; a caller whose bucket holds less than the cost is refused with 429 and told when the
 * bucket will hold enough.
 *
 * A caller is its credential (an API key's digest, a token's subject) or, without one, its client
 * address. Budgets live in this process's memory, one LRU per server bounded in entries: an evicted
 * caller starts again with a full bucket, so the bound only ever errs towards letting a caller in.
 * Behind several API processes each has its own buckets (README, "Embedding the API").
 */
import { LRUCache } from 'lru-cache';

export interface BudgetPolicy {
  /** Points a credential's bucket holds (and refills per window). */
  readonly points: number;
  /** Points a bucket of an anonymous caller (keyed by client address) holds. */
  readonly anonymousPoints: number;
  /** Seconds in which an empty bucket refills completely. */
  readonly windowSeconds: number;
}

/** What a request was charged; `allowed` false means it was refused and nothing was taken. */
export interface BudgetCharge {
  readonly allowed: boolean;
  /** The bucket's size for this caller. */
  readonly limit: number;
  readonly cost: number;
  /** Points left after this charge (whole points, rounded down). */
  readonly remaining: number;
  /** When the bucket will be full again (ms since the epoch). */
  readonly resetAtMs: number;
  /** When refused: seconds until the bucket holds this cost (at least 1). */
  readonly retryAfterSeconds: number;
  /** The window of the policy, for the RateLimit-Policy header. */
  readonly windowSeconds: number;
}

interface Bucket {
  points: number;
  updatedMs: number;
}

/** The most callers whose buckets are remembered at once (~100 bytes each). */
export const MAX_TRACKED_CALLERS = 100_000;

export class CostBudgets {
  private readonly buckets = new LRUCache<string, Bucket>({ max: MAX_TRACKED_CALLERS });

  constructor(
    readonly policy: BudgetPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes `cost` points from the caller's bucket if it holds them; otherwise takes nothing. */
  charge(caller: string, anonymous: boolean, cost: number): BudgetCharge {
    const limit = anonymous ? this.policy.anonymousPoints : this.policy.points;
    const perMs = limit / (this.policy.windowSeconds * 1000);
    const now = this.now();
    const bucket = this.buckets.get(caller) ?? { points: limit, updatedMs: now };
    bucket.points = Math.min(limit, bucket.points + (now - bucket.updatedMs) * perMs);
    bucket.updatedMs = now;
    const allowed = cost <= bucket.points;
    if (allowed) bucket.points -= cost;
    this.buckets.set(caller, bucket);
    // A query dearer than the whole bucket never fits: it is told to wait a full window (and why, in the message).
    const waitMs = cost > limit ? this.policy.windowSeconds * 1000 : (cost - bucket.points) / perMs;
    return {
      allowed,
      limit,
      cost,
      remaining: Math.floor(bucket.points),
      resetAtMs: now + Math.ceil((limit - bucket.points) / perMs),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(waitMs / 1000)),
      windowSeconds: this.policy.windowSeconds,
    };
  }
}

/**
 * The IETF draft's headers (draft-ietf-httpapi-ratelimit-headers): the policy (quota `q` per window
 * `w` seconds) and the current state (`r` remaining, `t` seconds until the quota is whole again),
 * plus `Retry-After` on a refusal.
 */
export function rateLimitHeaders(charge: BudgetCharge, nowMs: number): Map<string, string> {
  const headers = new Map<string, string>([
    ['ratelimit-policy', `"cost";q=${charge.limit};w=${charge.windowSeconds}`],
    ['ratelimit', `"cost";r=${charge.remaining};t=${Math.max(0, Math.ceil((charge.resetAtMs - nowMs) / 1000))}`],
  ]);
  if (!charge.allowed) headers.set('retry-after', String(charge.retryAfterSeconds));
  return headers;
}
