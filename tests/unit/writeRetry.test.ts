/** When a failed write transaction is sent again (src/db/writeRetry.ts). */
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { writeRetry, WriteOutcomeUnknownError } from '../../src/db/writeRetry.js';
import { classifyDatabaseError } from '../../src/errors.js';

// As the driver raises them (its retry check goes by the class and the code).
const neo4jError = (code: string) => new Neo4jError(code, code, '50N42', 'error: general processing exception');

describe('writeRetry', () => {
  it('retries a transient failure before COMMIT: Neo4j rolled the transaction back', () => {
    const deadlock = neo4jError('Neo.TransientError.Transaction.DeadlockDetected');
    expect(writeRetry(deadlock, { committing: false, idempotent: false })).toBe('retry');
    expect(writeRetry(neo4jError('ServiceUnavailable'), { committing: false, idempotent: false })).toBe('retry');
    expect(writeRetry(neo4jError('SessionExpired'), { committing: false, idempotent: false })).toBe('retry');
  });

  it('retries a COMMIT the server answered with a transient error (nothing was committed)', () => {
    const deadlock = neo4jError('Neo.TransientError.Transaction.DeadlockDetected');
    expect(writeRetry(deadlock, { committing: true, idempotent: false })).toBe('retry');
    const outdated = neo4jError('Neo.TransientError.Transaction.Outdated');
    expect(writeRetry(outdated, { committing: true, idempotent: false })).toBe('retry');
  });

  it('never sends a non-idempotent write again after the connection dropped during COMMIT', () => {
    expect(writeRetry(neo4jError('ServiceUnavailable'), { committing: true, idempotent: false })).toBe('unknown');
    expect(writeRetry(neo4jError('SessionExpired'), { committing: true, idempotent: false })).toBe('unknown');
  });

  it('sends an idempotent write (an idempotency key) again after a COMMIT of unknown outcome', () => {
    expect(writeRetry(neo4jError('ServiceUnavailable'), { committing: true, idempotent: true })).toBe('retry');
  });

  it('fails at once on what no retry fixes: a client error, a deadline, a refusal', () => {
    const syntax = neo4jError('Neo.ClientError.Statement.SyntaxError');
    expect(writeRetry(syntax, { committing: false, idempotent: true })).toBe('fail');
    expect(writeRetry(neo4jError('KG.Deadline'), { committing: true, idempotent: true })).toBe('fail');
    expect(writeRetry(new Error('refused'), { committing: false, idempotent: true })).toBe('fail');
  });
});

describe('what a client sees of these', () => {
  it('a write of unknown outcome is SERVICE_UNAVAILABLE, its message saying to resend with the same key', () => {
    const error = new WriteOutcomeUnknownError('curation.addCompany', neo4jError('ServiceUnavailable'));
    expect(classifyDatabaseError(error)).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).toContain('idempotencyKey');
  });

  it('a bookmark Neo4j cannot parse is BAD_USER_INPUT; one a member cannot catch up with in time, SERVICE_UNAVAILABLE', () => {
    expect(classifyDatabaseError(neo4jError('Neo.ClientError.Transaction.InvalidBookmark'))).toBe('BAD_USER_INPUT');
    expect(classifyDatabaseError(neo4jError('Neo.TransientError.Transaction.BookmarkTimeout'))).toBe(
      'SERVICE_UNAVAILABLE',
    );
  });
});
