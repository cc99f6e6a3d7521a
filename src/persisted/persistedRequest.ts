/**
 * The HTTP side of trusted documents, before Apollo sees the request: a `documentId` (GraphQL over
 * HTTP, appendix A) or a listed Apollo persisted-query hash becomes the listed document's text, and
 * in `listed-only` mode an unlisted document is refused here, before it is parsed. What needs the
 * caller's credential (`listed-or-key`) is decided after authentication, in the admission hook
 * (src/limits/queryLimits.ts), by the same TrustedDocuments.
 */
import { ErrorCode } from '../errors.js';
import { hashOfDocumentId, sha256OfDocument, type TrustedDocuments } from './trustedDocuments.js';

export type PersistedResolution =
  | { readonly kind: 'pass'; readonly params: Record<string, unknown> }
  | { readonly kind: 'refuse'; readonly status: number; readonly code: ErrorCode; readonly message: string };

function refuse(status: number, code: ErrorCode, message: string): PersistedResolution {
  return { kind: 'refuse', status, code, message };
}

function persistedHash(extensions: unknown): string | undefined {
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  const persisted = (extensions as { persistedQuery?: unknown }).persistedQuery;
  if (typeof persisted !== 'object' || persisted === null) return undefined;
  const hash = (persisted as { sha256Hash?: unknown }).sha256Hash;
  return typeof hash === 'string' ? hash : undefined;
}

const NOT_ALLOWED = 'This deployment runs only its listed documents; send a listed `documentId`.';

/** The request parameters (a POST body, or a GET's parsed search parameters) with the document resolved. */
export function resolvePersistedRequest(
  params: Record<string, unknown>,
  documents: TrustedDocuments,
): PersistedResolution {
  const { documentId, ...rest } = params;
  const query = typeof rest.query === 'string' && rest.query.length > 0 ? rest.query : undefined;
  if (documentId !== undefined) {
    if (query !== undefined) {
      return refuse(400, ErrorCode.BAD_USER_INPUT, 'Send either `documentId` or `query`, not both.');
    }
    const hash = typeof documentId === 'string' ? hashOfDocumentId(documentId) : undefined;
    if (hash === undefined) {
      return refuse(400, ErrorCode.BAD_USER_INPUT, '`documentId` must look like `sha256:<64 hex digits>`.');
    }
    const text = documents.documentOfHash(hash);
    if (text === undefined) {
      return refuse(
        400,
        ErrorCode.PERSISTED_QUERY_NOT_FOUND,
        `No document with id sha256:${hash} is listed by this deployment.`,
      );
    }
    return { kind: 'pass', params: { ...rest, query: text } };
  }
  const apqHash = persistedHash(rest.extensions);
  if (apqHash !== undefined && query === undefined) {
    const text = documents.documentOfHash(apqHash);
    // A listed hash needs no registration: Apollo gets the text and checks it against the hash.
    if (text !== undefined) return { kind: 'pass', params: { ...rest, query: text } };
    if (documents.mode === 'listed-only') return refuse(403, ErrorCode.PERSISTED_QUERY_NOT_ALLOWED, NOT_ALLOWED);
    return { kind: 'pass', params: rest };
  }
  if (documents.mode === 'listed-only' && query !== undefined && !documents.isListed(sha256OfDocument(query))) {
    return refuse(403, ErrorCode.PERSISTED_QUERY_NOT_ALLOWED, NOT_ALLOWED);
  }
  return { kind: 'pass', params: rest };
}
