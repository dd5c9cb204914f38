/** Another catalogue of principles, chosen in front matter or by option. */
import { describe, expect, it } from "vitest";
import { loadCatalogue, parseCatalogue } from "../../src/model/catalogue.js";
import { loadModel } from "../../src/model/index.js";

const NOTES = "tests/fixtures/catalogue/notes.md";

describe("principle catalogues", () => {
  it("uses the catalogue named in front matter", async () => {
    const { model } = await loadModel([NOTES], { cwd: process.cwd() });
    expect(model?.principles.map((p) => p.id)).toEqual(["start-with-the-rider", "ship-small-ship-often", "own-the-outcome"]);
    expect(model?.document.catalogue).toBe("values.yaml");
    expect(model?.principles[0]?.hook).toBe("every screen starts from a rider's question");
    expect(model?.stories[0]?.principles).toEqual(["ship-small-ship-often", "own-the-outcome"]);
  });

  it("lets the option override front matter", async () => {
    const { model } = await loadModel([NOTES], { cwd: process.cwd(), catalogue: "amazon-lp" });
    expect(model?.principles).toHaveLength(16);
  });

  it("reports a catalogue that cannot be read as an error naming it, with the system's reason", async () => {
    const { model, diagnostics } = await loadModel([NOTES], { cwd: process.cwd(), catalogue: "missing.yaml" });
    expect(model).toBeNull();
    expect(diagnostics).toMatchObject([{ file: "missing.yaml", severity: "error", ruleId: "catalogue" }]);
    expect(diagnostics[0]?.message).toContain("ENOENT: no such file or directory");
  });

  it("lists the built-in catalogues for an unknown id, and names it", async () => {
    const { diagnostics } = await loadModel([NOTES], { cwd: process.cwd(), catalogue: "amazon-lps" });
    expect(diagnostics).toMatchObject([{ file: "amazon-lps", severity: "error", ruleId: "catalogue" }]);
    expect(diagnostics[0]?.message).toContain("the built-in catalogues are `amazon-lp`");
  });

  it("has the 16 Leadership Principles built in, each with Korean names", () => {
    const amazon = loadCatalogue();
    expect(amazon.principles).toHaveLength(16);
    expect(amazon.principles.every((p) => p.aliases.some((a) => /[\uac00-\ud7a3]/.test(a)))).toBe(true);
  });

  it("says what is wrong with a malformed catalogue, with its path", () => {
    expect(() => parseCatalogue("name: x\n", "mine.yaml")).toThrow("mine.yaml: `principles` is required: a list of");
    expect(() => parseCatalogue("principles:\n  - aliases: [a]\n", "mine.yaml")).toThrow("mine.yaml: `principles[0].name` is required");
    expect(() => loadCatalogue("no-such-catalogue")).toThrow("Unknown catalogue `no-such-catalogue`: the built-in catalogues are `amazon-lp`");
  });
});

describe("catalogue shape", () => {
  it("names a misspelt key with the nearest known one", () => {
    expect(() => parseCatalogue("name: x\nprinciples: [A]\naliass: []\n", "mine.yaml")).toThrow("`aliass` is not a known key");
    expect(() => parseCatalogue("principles:\n  - { nme: Focus }\n", "mine.yaml")).toThrow("principles");
  });
});
