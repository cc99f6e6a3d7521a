/**
 * Wires a running API: database → Apollo server → HTTP listener. main.ts calls it with the
 * environment's config; tests call it with port 0 against the test database.
 */
import type { AddressInfo } from 'node:net';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { authenticate } from './auth.js';
import { createContext } from './context.js';
import type { Database } from './db/database.js';
import { createHttpServer, type HttpRoute } from './http/httpServer.js';
import { createApiServer } from './server.js';

export interface ApiOptions {
  readonly db: Database;
  readonly host: string;
  readonly port: number;
  readonly production: boolean;
  readonly maxBodyBytes?: number;
  /** Extra HTTP routes served beside /graphql (tried first). */
  readonly routes?: readonly HttpRoute[];
  /** SHA-256 digests of the curator API keys (writes); empty = read-only API. */
  readonly curatorKeyDigests?: readonly string[];
}

export interface RunningApi {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export async function startApi(options: ApiOptions): Promise<RunningApi> {
  const apollo = createApiServer({
    production: options.production,
    // Apollo's default landing page loads from the internet; an offline explorer is served instead (see README).
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const server = createHttpServer({
    apollo,
    createContext: async (request) =>
      createContext(options.db, { auth: authenticate(request.headers, options.curatorKeyDigests ?? []) }),
    isReady: async () => {
      try {
        await options.db.verifyConnectivity();
        return true;
      } catch {
        return false;
      }
    },
    maxBodyBytes: options.maxBodyBytes ?? 100_000,
    routes: options.routes ?? [],
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = options.host === '0.0.0.0' || options.host === '127.0.0.1' ? 'localhost' : options.host;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    port,
    async close() {
      // Stop accepting connections; in-flight requests finish, idle keep-alive sockets close.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await apollo.stop();
    },
  };
}
