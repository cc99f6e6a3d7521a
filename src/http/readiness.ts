/**
 * Readiness as a load balancer asks for it: often, unauthenticated, and expecting a quick answer.
 * One probe runs at a time, with its own short timeout, and its answer is reused for `ttlMs`, so a
 * flood of `/health/ready` calls costs the database at most one round-trip per second, and a silent
 * database makes readiness say "down" within the timeout instead of hanging with it.
 */
export interface ReadinessOptions {
  /** Resolves when the database answers; may take as long as the database does. */
  readonly probe: (timeoutMs: number) => Promise<void>;
  readonly ttlMs?: number;
  readonly timeoutMs?: number;
}

export function cachedReadiness(options: ReadinessOptions): () => Promise<boolean> {
  const ttlMs = options.ttlMs ?? 1_000;
  const timeoutMs = options.timeoutMs ?? 1_000;
  let answer: { ready: boolean; at: number } | undefined;
  let inFlight: Promise<boolean> | undefined;
  return () => {
    if (answer && performance.now() - answer.at < ttlMs) return Promise.resolve(answer.ready);
    inFlight ??= withTimeout(options.probe(timeoutMs), timeoutMs).then((ready) => {
      answer = { ready, at: performance.now() };
      inFlight = undefined;
      return ready;
    });
    return inFlight;
  };
}

function withTimeout(probe: Promise<void>, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    timer.unref();
    probe.then(
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      () => {
        clearTimeout(timer);
        resolve(false);
      },
    );
  });
}
