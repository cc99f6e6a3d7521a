/**
 * The idempotency guard's decisions (src/curation/idempotency.ts) over a scripted transaction: the
 * claiming send does the work and stores its answer; a later send with the same key and input
 * answers the stored one without doing the work; other input under the key is refused. (The
 * concurrency itself — two sends serializing on the key — is tests/integration/cluster.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { NamedQuery, QueryParameters, Row, WriteTransaction } from '../../src/db/database.js';
import { IdempotencyGuard, requestDigest } from '../../src/curation/idempotency.js';

/** A transaction whose key is new (`stored` undefined) or was stored by an earlier send. */
function scriptedTx(stored?: { operation: string; digest: string; result: string }) {
  const ran: { name: string; parameters: QueryParameters }[] = [];
  const tx: WriteTransaction = {
    async run(query: NamedQuery, parameters: QueryParameters = {}): Promise<Row[]> {
      ran.push({ name: query.name, parameters });
      if (query.name === 'curation.idempotency.claim')
        return [
          stored
            ? { mine: false, ...stored }
            : { mine: true, operation: parameters.operation, digest: parameters.digest, result: null },
        ];
      return [];
    },
  };
  return { tx, ran };
}

const input = { key: 'fictional-relay', name: 'Fictional Relay KK' };
const digest = requestDigest('addCompany', input);

describe('IdempotencyGuard', () => {
  it('does the work once claimed, and stores its answer in the same transaction', async () => {
    const { tx, ran } = scriptedTx();
    const guard = new IdempotencyGuard('key-00000001', 'addCompany', digest);
    const answer = await guard.around(tx, async () => ({ key: 'fictional-relay', version: 1, aliases: [] }));
    expect(answer).toEqual({ key: 'fictional-relay', version: 1, aliases: [] });
    expect(ran.map((r) => r.name)).toEqual(['curation.idempotency.claim', 'curation.idempotency.storeResult']);
    expect(JSON.parse(String(ran[1]!.parameters.result))).toEqual(answer);
  });

  it('answers the stored result without doing the work when the key was claimed before', async () => {
    const { tx, ran } = scriptedTx({
      operation: 'addCompany',
      digest,
      result: '{"key":"fictional-relay","version":1}',
    });
    const guard = new IdempotencyGuard('key-00000001', 'addCompany', digest);
    let worked = false;
    const answer = await guard.around(tx, async () => {
      worked = true;
      return { key: 'fictional-relay', version: 2 };
    });
    expect(worked).toBe(false);
    expect(answer).toEqual({ key: 'fictional-relay', version: 1 });
    expect(ran.map((r) => r.name)).toEqual(['curation.idempotency.claim']);
  });

  it('refuses the key for other input or another mutation, naming the argument', async () => {
    for (const stored of [
      { operation: 'addCompany', digest: requestDigest('addCompany', { ...input, name: 'Other' }), result: '{}' },
      { operation: 'upsertFinancialFact', digest, result: '{}' },
    ]) {
      const guard = new IdempotencyGuard('key-00000001', 'addCompany', digest);
      await expect(guard.around(scriptedTx(stored).tx, async () => ({}))).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'idempotencyKey' },
      });
    }
  });

  it('fails loudly on an answer that would not replay unchanged (a class instance)', async () => {
    class DriverDate {
      constructor(readonly year: number) {}
    }
    const guard = new IdempotencyGuard('key-00000001', 'addCompany', digest);
    await expect(guard.around(scriptedTx().tx, async () => ({ published: new DriverDate(2002) }))).rejects.toThrow(
      /not plain JSON/,
    );
  });
});
