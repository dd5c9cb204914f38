/**
 * A second thread for the PDFs, on machines with cores to spare (see HELPER_MIN_CORES): the products
 * do not depend on one another. The helper thread loads pdfkit, fontkit and the fonts while the main
 * thread reads the notes; then both take products from the two ends of the list (the main thread from the front,
 * the helper from the back) until they meet, claiming each in shared memory so none is built
 * twice. Output is the same as one thread's: the same code lays out the same model.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import type { Product, Settings } from "./config.js";
import type { Diagnostic } from "./diagnostics.js";
import type { EmitOutput } from "./emit/types.js";
import type { NoteSource } from "./model/index.js";
import type { Model } from "./model/types.js";

/** What building one product's PDF gave: the output, its diagnostics as thrown, or a program fault. */
export interface Outcome {
  output?: EmitOutput;
  diagnostics?: Diagnostic[];
  fault?: { message: string; stack?: string };
  milliseconds: number;
}

/** A job: the products to share out, and what the helper needs to build them. */
export interface Job {
  settings: Settings;
  model: Model;
  sources: readonly NoteSource[];
  products: readonly Product[];
}

/** Claims of a job's products: which thread builds each. */
const FREE = 0;
const MAIN = 1;
export const HELPER = 2;

/** A job under way: `mine(i)` claims product `i` for the main thread; `theirs(i)` is the helper's outcome. */
export interface Running {
  mine(index: number): boolean;
  theirs(index: number): Promise<Outcome>;
}

const WORKER = new URL("./helper-thread.js", import.meta.url);

/**
 * Cores a machine needs before a build starts the helper unasked. A thread of JavaScript is not all a
 * build runs: V8 compiles hot code and collects garbage on threads of its own, and a second thread
 * doubles both (it compiles the same code again, into its own heap). On the 2-core machine these were
 * measured on, the three PDFs of 16 KB notes took 1.83 s with the helper against 1.21 s without it
 * (2.8 against 1.5 s of CPU), and a watch rebuild 130 against 110 ms.
 */
const HELPER_MIN_CORES = 4;

/** A helper thread; `null` where there is none to start (a single core, or sources run untranspiled by tests). */
export class Helper {
  private readonly worker: Worker;
  private readonly waiting = new Map<string, { resolve: (o: Outcome) => void; reject: (e: Error) => void }>();
  private jobs = 0;
  private failure: Error | undefined;

  private constructor() {
    // Loaded here, not with this module: most builds start no helper.
    const { Worker } = createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");
    this.worker = new Worker(fileURLToPath(WORKER));
    this.worker.unref();
    this.worker.on("message", (message: { key: string; outcome: Outcome | null }) => {
      const waiter = this.waiting.get(message.key);
      this.waiting.delete(message.key);
      if (message.outcome) waiter?.resolve(message.outcome);
      else waiter?.reject(new Error("built by the main thread"));
    });
    const fail = (error: Error): void => {
      this.failure = error;
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", () => fail(new Error("the helper thread stopped")));
  }

  /**
   * Returns a started helper, or null when a second thread would not help or cannot run here: with
   * fewer than HELPER_MIN_CORES cores, when they are busy, with PREP_PRINT_THREADS=1, or when the
   * sources run untranspiled (tests) and there is no worker file. PREP_PRINT_THREADS=2 asks for the
   * helper whatever the machine.
   */
  static start(): Helper | null {
    const asked = process.env.PREP_PRINT_THREADS;
    const cores = availableParallelism();
    const idle = cores >= HELPER_MIN_CORES && (loadavg()[0] ?? 0) < cores - HELPER_MIN_CORES / 2;
    if (asked === "1" || (asked !== "2" && !idle) || !existsSync(fileURLToPath(WORKER))) return null;
    try {
      return new Helper();
    } catch {
      return null;
    }
  }

  /** Starts a job: the helper claims products from the end of the list while the main thread claims from the front. */
  run(job: Job): Running {
    const id = ++this.jobs;
    const claims = new Int32Array(new SharedArrayBuffer(4 * job.products.length));
    const outcomes = new Map<number, Promise<Outcome>>();
    const theirs = (index: number): Promise<Outcome> => {
      let outcome = outcomes.get(index);
      if (!outcome) {
        outcome = this.failure
          ? Promise.reject(this.failure)
          : new Promise<Outcome>((resolve, reject) => this.waiting.set(`${id}:${index}`, { resolve, reject }));
        outcomes.set(index, outcome);
      }
      return outcome;
    };
    // Registered before the helper can answer, so no answer comes before its waiter; the helper answers for every product.
    job.products.forEach((_, index) => void theirs(index).catch(() => undefined));
    if (!this.failure) this.worker.postMessage({ id, claims, ...job });
    return { mine: (index) => Atomics.compareExchange(claims, index, FREE, MAIN) === FREE, theirs };
  }

  /** Stops the thread. */
  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
