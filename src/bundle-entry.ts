/**
 * What the bundle (scripts/bundle.mjs) holds and exports: the command line, and the helper thread's
 * start (see parallel.ts), so that the helper too reads one file and compiles little.
 */
export { main } from "./cli.js";

/** Starts the helper thread's work in this thread (it is a worker started by parallel.ts). */
export async function startHelper(): Promise<void> {
  await import("./parallel-worker.js");
}
