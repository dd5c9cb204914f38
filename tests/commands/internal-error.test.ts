/** An error prep-print did not expect: one plain line and a "this is a bug" hint, the stack only on request. */
import { describe, expect, it, vi } from "vitest";
import { prepPrint } from "./run.js";

vi.mock("../../src/commands/check-command.js", () => ({
  checkCommand: async () => {
    throw new TypeError("Cannot read properties of undefined (reading 'lines')");
  },
}));

describe("an internal error", () => {
  it("is one line and a hint to report it, exit 1, no stack", async () => {
    const ran = await prepPrint(["check"]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toBe(
      "prep-print: internal error: TypeError: Cannot read properties of undefined (reading 'lines')\n" +
        "This is a bug in prep-print: please report it with the command you ran (PREP_PRINT_DEBUG=1 shows where it happened).\n",
    );
  });

  it("shows its stack with PREP_PRINT_DEBUG=1", async () => {
    const ran = await prepPrint(["check"], process.cwd(), { PREP_PRINT_DEBUG: "1" });
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/^prep-print: internal error: TypeError: .*\nTypeError: .*\n {4}at /);
  });
});
