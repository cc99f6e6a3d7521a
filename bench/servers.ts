/**
 * The three HTTP servers the benchmark loads, one per child process (so the load generator's
 * CPU is separate): `api` — our API (src/app.ts); `raw` — hand-written Cypher through neo4j-driver
 * behind node:http; `neo` — @neo4j/graphql over the same data. Prints `READY <port>` when listening.
 *
 *   node --import tsx bench/servers.ts <api|raw|neo>   (env: BENCH_NEO4J_URI, _USER, _PASSWORD)
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { startApi } from '../src/app.js';
import { Database } from '../src/db/database.js';
import { NEO_TYPE_DEFS } from './neoGraphqlTypeDefs.js';
import { scenarios } from './scenarios.js';

const connection = {
  uri: process.env.BENCH_NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  user: process.env.BENCH_NEO4J_USER ?? 'neo4j',
  password: process.env.BENCH_NEO4J_PASSWORD ?? 'kg-local-password',
};
const driverConfig = { disableLosslessIntegers: true, maxConnectionPoolSize: 50 };

async function main(kind: string): Promise<number> {
  if (kind === 'api') {
    const db = Database.connect(connection, { queryTimeoutMs: 60_000 });
    const api = await startApi({ db, host: '127.0.0.1', port: 0, production: true });
    return api.port;
  }
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), driverConfig);
  if (kind === 'raw') {
    const byName = new Map<string, string>(scenarios().map((s) => [s.name, s.raw.cypher]));
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          scenario: string;
          params: Record<string, unknown>;
        };
        const cypher = byName.get(body.scenario)!;
        const params = Object.fromEntries(
          Object.entries(body.params).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v as number) : v]),
        );
        driver
          .executeQuery(cypher, params, { routing: neo4j.routing.READ })
          .then((result) => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ data: result.records.map((r) => r.toObject()) }));
          })
          .catch((error: unknown) => {
            res.writeHead(500, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
          });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as AddressInfo).port;
  }
  if (kind === 'neo') {
    const schema = await new Neo4jGraphQL({ typeDefs: NEO_TYPE_DEFS, driver }).getSchema();
    const server = new ApolloServer({ schema });
    const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
    return Number(new URL(url).port);
  }
  throw new Error(`unknown server kind ${kind}`);
}

main(process.argv[2] ?? '').then(
  (port) => console.log(`READY ${port}`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
