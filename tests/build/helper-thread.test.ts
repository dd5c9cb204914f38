/** Which builds share their PDFs with the helper thread (src/parallel.ts): not those of notes so long that a second heap matters. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build, HELPER_NOTES_LIMIT, sharesWithHelper } from "../../src/build.js";
import { resolveSettings } from "../../src/config.js";
import type { Helper, Job, Running } from "../../src/parallel.js";

/** A helper that builds nothing: it records the jobs it is given and lets the main thread claim every product. */
function recordingHelper(jobs: Job[]): Helper {
  const run = (job: Job): Running => {
    jobs.push(job);
    return { mine: () => true, theirs: () => Promise.reject(new Error("claimed by the main thread")) };
  };
  return { run, close: async () => undefined } as unknown as Helper;
}

describe("the helper thread", () => {
  it("is given the PDFs of notes up to the limit, and not those of longer notes", () => {
    const notes = (length: number) => [{ path: "a.md", text: "x".repeat(length - 10) }, { path: "b.md", text: "y".repeat(10) }];
    expect(sharesWithHelper(notes(HELPER_NOTES_LIMIT))).toBe(true);
    expect(sharesWithHelper(notes(HELPER_NOTES_LIMIT + 1))).toBe(false);
  });

  it("gets the job of a build of ordinary notes", async () => {
    const out = await mkdtemp(join(tmpdir(), "prep-print-helper-"));
    try {
      const jobs: Job[] = [];
      const result = await build(resolveSettings(process.cwd(), ["content"], { out, only: "cheatsheet,storybook" }), { helper: recordingHelper(jobs) });
      expect(result.failed).toBe(0);
      expect(jobs.map((job) => job.products)).toEqual([["cheatsheet", "storybook"]]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
