/** A small hand-made model for flashcard tests, written for these tests. */
import type { Model, Principle, Question, Story } from "../../../src/model/types.js";

const FILE = "content/prep.md";

function principle(number: number, id: string, name: string, extra: Partial<Principle> = {}): Principle {
  const base: Principle = {
    id, name, aliases: [], writtenAs: [], number, definition: "", hook: "", notes: [], stories: [], questions: [], source: { file: FILE, line: number * 10 },
  };
  return { ...base, ...extra };
}

function question(number: number, text: string, answer: string, extra: Partial<Question> = {}): Question {
  return { id: `q${number}`, number, text, translation: "", answer, points: [], principles: [], stories: [], source: { file: FILE, line: 100 + number * 5 }, ...extra };
}

const STORY: Story = {
  id: "night-batch",
  title: "Night batch rescue",
  principles: ["ownership"],
  situation: "The nightly export failed twice a week.",
  task: "Make it finish before the morning report.",
  action: "Split the export into shards and added a retry per shard.",
  result: "No missed report for six months, runtime down 40%.",
  missing: [],
  lesson: "",
  fit: "",
  notes: [],
  questions: ["q1"],
  source: { file: FILE, line: 200 },
};

/** Returns `count` numbered words such as `w001 w002 …`, each easy to find in extracted text. */
export function numberedWords(count: number, prefix = "w"): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(3, "0")}`);
}

/** An answer long enough to need a second card even at 7 pt. */
export const LONG_ANSWER = Array.from({ length: 3 }, (_, p) => numberedWords(55, `p${p + 1}x`).join(" ")).join("\n\n");

/** Returns the sample model: 3 principles, 1 story, 4 questions of which one is empty and one very long. */
export function sampleModel(language: "en" | "ko" = "en"): Model {
  return {
    document: {
      title: "Sample deck", author: "Tester", role: "", company: "", date: "", language, catalogue: "amazon-lp",
      files: [FILE], sections: [], notes: [], meta: {},
    },
    principles: [
      principle(1, "customer-obsession", "Customer Obsession", { hook: "Start from the customer.", aliases: ["고객 집착"] }),
      principle(2, "ownership", "Ownership", { stories: ["night-batch"], questions: ["q1"] }),
      principle(3, "frugality", "Frugality"),
    ],
    questions: [
      question(1, "Tell me about a time you owned a problem.", "- shards\n- retries", { principles: ["ownership"], stories: ["night-batch"], points: ["shards", "retries"] }),
      question(2, "", ""),
      question(3, "Why this team?", "Because of the scale."),
      question(4, "Walk me through your longest project.", LONG_ANSWER, { principles: ["frugality"] }),
    ],
    stories: [STORY],
  };
}
