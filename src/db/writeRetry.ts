/**
 * When a failed write transaction may be sent again. A failure before COMMIT, or a COMMIT the
 * server answered with an error, means Neo4j rolled the transaction back: sending it again is safe
 * whenever the error is transient (a deadlock, a leader switch, a member going away). A connection
 * lost while COMMIT was in flight is different: the write may have been applied. Sending it again is
 * then safe only for work that is idempotent (a curation write with an idempotency key); any other
 * write fails with WriteOutcomeUnknownError, so that the caller, not this layer, decides.
 */
import { isRetryableError } from 'neo4j-driver';

export type WriteRetryDecision = 'retry' | 'fail' | 'unknown';

/** Driver codes of a connection that went away: the server may or may not have committed. */
const CONNECTION_LOST_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

export function writeRetry(
  error: unknown,
  state: { readonly committing: boolean; readonly idempotent: boolean },
): WriteRetryDecision {
  if (state.committing && CONNECTION_LOST_CODES.has(codeOf(error))) return state.idempotent ? 'retry' : 'unknown';
  return isRetryableError(error) ? 'retry' : 'fail';
}

export const WRITE_OUTCOME_UNKNOWN_CODE = 'KG.WriteOutcomeUnknown';

/** The connection to Neo4j was lost during COMMIT of a write that may not be sent twice. */
export class WriteOutcomeUnknownError extends Error {
  override readonly name = 'WriteOutcomeUnknownError';
  readonly code = WRITE_OUTCOME_UNKNOWN_CODE;
  constructor(
    readonly transaction: string,
    override readonly cause: unknown,
  ) {
    super(
      `The connection to Neo4j was lost while the write "${transaction}" committed: it may or may not have been applied. Send it again with the same idempotencyKey to have it applied exactly once.`,
    );
  }
}
