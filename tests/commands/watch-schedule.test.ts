/** When `build --watch` builds: one build per burst of changes, and one more after a change during a build. */
import { describe, expect, it } from "vitest";
import { schedule } from "../../src/watch-schedule.js";

/** A build the test ends when it likes; `started` counts the builds begun. */
function controlledBuilds() {
  const ends: (() => void)[] = [];
  let started = 0;
  const waiting: { count: number; resolve: () => void }[] = [];
  const build = (): Promise<void> => {
    started += 1;
    for (const w of waiting.filter((w) => started >= w.count)) w.resolve();
    return new Promise((resolve) => ends.push(resolve));
  };
  return {
    build,
    started: () => started,
    /** Resolves once `count` builds have begun. */
    untilStarted: (count: number) => new Promise<void>((resolve) => (started >= count ? resolve() : waiting.push({ count, resolve }))),
    /** Ends the oldest build under way. */
    endOne: async () => {
      ends.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

describe("watch schedule", { timeout: 3000 }, () => {
  it("builds once for a burst of 100 requests, after they pause", async () => {
    const c = controlledBuilds();
    const s = schedule(c.build, 20, () => undefined);
    for (let i = 0; i < 100; i++) s.request();
    await c.untilStarted(1);
    await c.endOne();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(c.started()).toBe(1);
    await s.stop();
  });

  it("builds once more after a build during which a change came, and never two at once", async () => {
    const c = controlledBuilds();
    const s = schedule(c.build, 5, () => undefined);
    s.now();
    await c.untilStarted(1);
    s.request();
    s.request();
    s.now();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(c.started()).toBe(1); // still the first build: none starts beside it
    await c.endOne();
    await c.untilStarted(2);
    await c.endOne();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(c.started()).toBe(2);
    await s.stop();
  });

  it("goes on after a build that throws, passing the error on", async () => {
    const errors: unknown[] = [];
    let builds = 0;
    const s = schedule(
      async () => {
        builds += 1;
        if (builds === 1) throw new Error("disk full");
      },
      5,
      (e) => errors.push(e),
    );
    s.now();
    await new Promise((resolve) => setTimeout(resolve, 10));
    s.request();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(builds).toBe(2);
    expect(errors.map((e) => (e as Error).message)).toEqual(["disk full"]);
    await s.stop();
  });

  it("waits for the build under way when stopped, and builds no more", async () => {
    const c = controlledBuilds();
    const s = schedule(c.build, 5, () => undefined);
    s.now();
    await c.untilStarted(1);
    s.request();
    let stopped = false;
    const stopping = s.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stopped).toBe(false);
    await c.endOne();
    await stopping;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(c.started()).toBe(1);
  });
});
