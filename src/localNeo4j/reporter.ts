/**
 * How long-running local work (fetching Neo4j, starting it) tells the user what it is doing.
 * On a terminal, progress rewrites one line; elsewhere (CI logs) it prints a line now and then.
 */
export interface Reporter {
  info(message: string): void;
  progress(message: string): void;
  /** Ends a progress line so the next output starts on a fresh line. */
  done(message?: string): void;
}

export function createStderrReporter(stream: NodeJS.WriteStream = process.stderr): Reporter {
  const tty = Boolean(stream.isTTY);
  let progressShown = false;
  let lastPlainProgressAt = 0;
  return {
    info(message) {
      if (progressShown && tty) stream.write('\n');
      progressShown = false;
      stream.write(`${message}\n`);
    },
    progress(message) {
      if (tty) {
        stream.write(`\r\x1b[2K${message}`);
        progressShown = true;
        return;
      }
      const now = Date.now();
      if (now - lastPlainProgressAt >= 2_000) {
        lastPlainProgressAt = now;
        stream.write(`${message}\n`);
      }
    },
    done(message) {
      if (progressShown && tty) stream.write('\n');
      progressShown = false;
      if (message) stream.write(`${message}\n`);
    },
  };
}

export const silentReporter: Reporter = { info() {}, progress() {}, done() {} };
