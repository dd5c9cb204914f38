import { defineConfig } from "vitest/config";

// PDF builds take a second or two each; on a busy 2-core machine the 5 s default is too tight.
export default defineConfig({ test: { testTimeout: 30_000, hookTimeout: 30_000 } });
