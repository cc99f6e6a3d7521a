/**
 * A causal chain of transactions, as Neo4j bookmarks. Neo4j gives each committed transaction a
 * bookmark; a transaction started with bookmarks runs only once the cluster member serving it has
 * applied those transactions (on a single server at once). A chain is made per HTTP request from the
 * bookmarks its client sent back (src/cluster/bookmarksPlugin.ts); the request's writes move it on,
 * and the request answers with where it ended.
 */
export class BookmarkChain {
  private current: readonly string[];
  private moved = false;

  constructor(initial: readonly string[] = []) {
    this.current = Object.freeze([...initial]);
  }

  /** The bookmarks a new transaction waits for. */
  get bookmarks(): readonly string[] {
    return this.current;
  }

  /** True once a write committed in this chain. */
  get advanced(): boolean {
    return this.moved;
  }

  /**
   * After a write session: its last bookmarks follow every bookmark the session started from, so
   * they replace the chain's (the list stays as short as one transaction's).
   */
  advance(bookmarks: readonly string[]): void {
    if (bookmarks.length === 0) return;
    this.current = Object.freeze([...bookmarks]);
    this.moved = true;
  }
}
