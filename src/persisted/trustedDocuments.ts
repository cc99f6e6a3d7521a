/**
 * Trusted documents (persisted operations): the manifest of `sha256:<hash>` → document that
 * GraphQL Code Generator's client preset writes (`persistedDocuments`), loaded and checked once at
 * start, and the deployment's mode:
 *
 * - `open`: any document runs (analysts; the behaviour without a manifest).
 * - `listed-or-key`: a listed document runs for anyone; an unlisted one needs a reader or curator
 *   credential (an app ships its documents, an analyst with a key may still explore).
 * - `listed-only`: only listed documents run (a production app's traffic, locked to what it ships).
 *
 * A document is listed when the SHA-256 of its text is in the manifest, however it arrives: by
 * `documentId` (GraphQL over HTTP, appendix A), by Apollo's `persistedQuery.sha256Hash`, or as
 * plain `query` text that happens to be one of them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const TRUSTED_DOCUMENT_MODES = ['open', 'listed-or-key', 'listed-only'] as const;
export type TrustedDocumentsMode = (typeof TRUSTED_DOCUMENT_MODES)[number];

const DOCUMENT_ID = /^sha256:([0-9a-f]{64})$/;

export function sha256OfDocument(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The hex digest a `documentId` names, or undefined when it is not a `sha256:<64 hex>` id. */
export function hashOfDocumentId(documentId: string): string | undefined {
  return DOCUMENT_ID.exec(documentId)?.[1];
}

export class ManifestError extends Error {
  override readonly name = 'ManifestError';
}

export class TrustedDocuments {
  /** Hex SHA-256 of the text → the text. */
  private readonly byHash: ReadonlyMap<string, string>;

  private constructor(
    readonly mode: TrustedDocumentsMode,
    byHash: Map<string, string>,
  ) {
    this.byHash = byHash;
  }

  /** No manifest: every document is unlisted, and the mode decides. */
  static empty(mode: TrustedDocumentsMode = 'open'): TrustedDocuments {
    return new TrustedDocuments(mode, new Map());
  }

  /**
   * A manifest as the client preset writes it: a JSON object of `sha256:<hex>` → document. Every
   * entry is checked: an id that is not the SHA-256 of its document would let a listed id run an
   * unlisted text, so the manifest is refused whole, naming the entry.
   */
  static fromManifest(mode: TrustedDocumentsMode, manifest: unknown, source = 'the manifest'): TrustedDocuments {
    if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
      throw new ManifestError(`${source} must be a JSON object of "sha256:<hash>": "<document>" entries.`);
    }
    const byHash = new Map<string, string>();
    for (const [id, text] of Object.entries(manifest)) {
      const hash = hashOfDocumentId(id);
      if (!hash) throw new ManifestError(`${source}: the id "${id.slice(0, 80)}" is not "sha256:<64 hex digits>".`);
      if (typeof text !== 'string') throw new ManifestError(`${source}: the document of ${id} is not a string.`);
      if (sha256OfDocument(text) !== hash) {
        throw new ManifestError(`${source}: ${id} is not the SHA-256 of its document.`);
      }
      byHash.set(hash, text);
    }
    return new TrustedDocuments(mode, byHash);
  }

  static fromManifestFile(mode: TrustedDocumentsMode, file: string): TrustedDocuments {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new ManifestError(
        `Cannot read the trusted documents manifest ${file}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ManifestError(`The trusted documents manifest ${file} is not valid JSON.`);
    }
    return TrustedDocuments.fromManifest(mode, json, file);
  }

  get size(): number {
    return this.byHash.size;
  }

  /** The document listed under a hex SHA-256, or undefined. */
  documentOfHash(hash: string): string | undefined {
    return this.byHash.get(hash);
  }

  isListed(hash: string | undefined): boolean {
    return hash !== undefined && this.byHash.has(hash);
  }

  /**
   * Whether a document may run: listed documents always; unlisted ones as the mode says
   * (`credential`: the request presented a valid reader or curator credential).
   */
  allows(hash: string | undefined, credential: boolean): boolean {
    if (this.mode === 'open' || this.isListed(hash)) return true;
    return this.mode === 'listed-or-key' && credential;
  }
}
