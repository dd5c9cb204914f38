/**
 * When `build --watch` rebuilds: a burst of changes (an editor's save is several file-system events,
 * a script may write a hundred times) is one build, started once the changes pause; a change during
 * a build asks for one more build after it, so the last state saved is always the last one built.
 */

/** Runs builds on request, one at a time. */
export interface Schedule {
  /** Asks for a build: after `quietMs` without another request, or right after the build under way. */
  request(): void;
  /** Starts a build now (or right after the one under way), without waiting for quiet. */
  now(): void;
  /** Stops scheduling; resolves once the build under way (if any) has ended. */
  stop(): Promise<void>;
}

/** How long a burst of changes may go on before a build runs anyway. */
const MAX_WAIT_MS = 2000;

/**
 * Returns a schedule that runs `build` (never two at once). `build` must not reject; should it,
 * the rejection is passed to `failed` and scheduling goes on.
 */
export function schedule(build: () => Promise<void>, quietMs: number, failed: (error: unknown) => void): Schedule {
  let timer: NodeJS.Timeout | undefined;
  /** When the first request not yet built came: a burst that never pauses still builds every MAX_WAIT_MS. */
  let firstRequest: number | undefined;
  let running: Promise<void> | undefined;
  let wanted = false;
  let stopped = false;

  const start = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (stopped || running) return;
    wanted = false;
    firstRequest = undefined;
    running = build()
      .catch(failed)
      .finally(() => {
        running = undefined;
        if (wanted) wait();
      });
  };
  const wait = (): void => {
    if (stopped) return;
    firstRequest ??= Date.now();
    const left = Math.max(0, Math.min(quietMs, firstRequest + MAX_WAIT_MS - Date.now()));
    clearTimeout(timer);
    timer = setTimeout(start, left);
  };

  return {
    request: () => {
      wanted = true;
      // While a build runs, the request waits for it to end (then for quiet).
      if (!running) wait();
    },
    now: () => {
      wanted = true;
      if (!running) start();
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
