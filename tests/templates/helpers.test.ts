import { describe, expect, test } from "vitest";
import { loadTemplate } from "../../src/templates/index.js";
import { sampleModel } from "./sample-model.js";
import { tempTemplates } from "./temp-templates.js";

/** Returns what `body` renders to with the sample model in `language`. */
async function render(body: string, language: "ko" | "en" = "en"): Promise<string> {
  const dir = await tempTemplates({ "probe.md.hbs": body });
  return loadTemplate("probe", { templatesDir: dir }).render(sampleModel(language));
}

describe("helpers", () => {
  test("principle, story and question find entries by id", async () => {
    const out = await render(
      '{{#with (principle "frugality")}}{{name}}{{/with}}|{{#with (story "log-costs")}}{{keyFigure result}}{{/with}}|{{#with (question "q2")}}{{number}}{{/with}}',
    );
    expect(out).toBe("Frugality|-38%|2");
  });

  test("starLabel follows the notes' language", async () => {
    const body = "{{starLabel \"situation\"}} {{starLabel \"task\"}} {{starLabel \"action\"}} {{starLabel \"R\"}}";
    expect(await render(body, "ko")).toBe("상황 과제 행동 결과");
    expect(await render(body, "en")).toBe("Situation Task Action Result");
  });

  test("formatDate follows the notes' language and takes a style", async () => {
    expect(await render("{{formatDate document.date}}", "ko")).toBe("2025년 3월 14일");
    expect(await render('{{formatDate document.date "short"}} {{formatDate document.date style="iso"}}')).toBe("14 Mar 2025-03-14");
  });

  test("comparisons and logic combine in #if", async () => {
    const body = [
      '{{#if (eq document.language "en")}}A{{/if}}',
      '{{#if (ne 1 2)}}B{{/if}}',
      "{{#if (and (gt (count stories) 2) (lt 1 2))}}C{{/if}}",
      "{{#if (or (count document.notes) (not document.sections))}}D{{/if}}",
    ].join("");
    expect(await render(body)).toBe("ABCD");
  });

  test("count, join, where, take, truncate, firstSentence and indent", async () => {
    const body = [
      "{{count stories}} {{length document.author}}",
      '{{#with (story "warehouse-cutover")}}{{join principles " + "}}{{/with}}',
      '{{#each (take (where questions "answer" "") 1)}}{{id}}{{/each}}',
      "{{truncate document.title 6}}",
      '{{#with (principle "ownership")}}{{firstSentence definition}}{{/with}}',
      '{{indent "a\nb" 2}}',
    ].join("\n");
    expect(await render(body)).toBe(
      "3 6\nownership + deliver-results\nq2\nAmazo…\n내 일이 아니라고 말하지 않는다.\n  a\n  b",
    );
  });

  test("keyResult quotes the phrase of the result, shorten cuts at a clause; both take a length", async () => {
    const body = [
      '{{#with (story "log-costs")}}{{keyResult result}}|{{keyResult result 8}}|{{keyResult result 2}}{{/with}}',
      '{{#with (story "warehouse-cutover")}}{{shorten situation 20}}|{{shorten situation}}{{/with}}',
      '{{keyResult "Checkout success went from 81% to 99%."}}',
    ].join("\n");
    expect(await render(body)).toBe(
      "월 저장 비용 -38%|…비용 -38%|…비용 -38%\n오래된 재고 데이터베이스를 새…|오래된 재고 데이터베이스를 새 클러스터로 옮겨야 했다.\n81% → 99%",
    );
  });

  test("a length that is not a whole number is an error at the call", async () => {
    await expect(render('{{shorten document.title "ten"}}')).rejects.toThrow(/shorten length must be a whole number/u);
    await expect(render("{{keyResult document.title -1}}")).rejects.toThrow(/keyResult length must be a whole number/u);
  });

  test("plain keeps user text from changing the layout; plain mustaches do not HTML-escape", async () => {
    const out = await render('{{#with (story "log-costs")}}{{plain title}}|{{title}}{{/with}}');
    expect(out).toBe("Log storage \\*cost\\* \\| cut|Log storage *cost* | cut");
  });
});
