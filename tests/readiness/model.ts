/** Small models built by hand, for testing readiness rules one at a time. */
import { STAR_PARTS, type Model, type Principle, type Question, type Story } from "../../src/model/types.js";

export const FILE = "notes.md";

/** Returns a story; the parts default to a complete, quiet story, `missing` follows the parts. */
export function story(fields: Partial<Story> & { title: string }): Story {
  const base: Story = {
    id: fields.title.toLowerCase().replace(/\s+/g, "-"),
    principles: [],
    situation: "s",
    task: "t",
    action: "a",
    result: "r",
    missing: [],
    lesson: "",
    fit: "",
    notes: [],
    questions: [],
    source: { file: FILE, line: 10 },
    ...fields,
  };
  return { ...base, missing: fields.missing ?? STAR_PARTS.filter((part) => base[part].trim() === "") };
}

/** Returns a principle of a catalogue, at `number`. */
export function principle(id: string, fields: Partial<Principle> = {}): Principle {
  return {
    id, name: id, aliases: [], writtenAs: [], number: 1, definition: "", hook: "", notes: [],
    stories: [], questions: [], source: null, ...fields,
  };
}

/** Returns a question. */
export function question(id: string, fields: Partial<Question> = {}): Question {
  return { id, number: 1, text: id, translation: "", answer: "", points: [], principles: [], stories: [], source: { file: FILE, line: 3 }, ...fields };
}

/** Returns a model of `stories`, `principles` and `questions`, the principles' story ids filled in from the stories' tags. */
export function model(parts: { stories?: Story[]; principles?: Principle[]; questions?: Question[] }): Model {
  const stories = parts.stories ?? [];
  const principles = (parts.principles ?? []).map((p, index) => ({
    ...p,
    number: index + 1,
    stories: p.stories.length > 0 ? p.stories : stories.filter((s) => s.principles.includes(p.id)).map((s) => s.id),
  }));
  return {
    document: { title: "", author: "", role: "", company: "", date: "", language: "en", catalogue: "test", files: [FILE], sections: [], notes: [], meta: {} },
    principles,
    questions: parts.questions ?? [],
    stories,
  };
}

/** Returns `n` repetitions of `sentence`, joined by spaces: text of a known length. */
export function repeat(sentence: string, n: number): string {
  return Array.from({ length: n }, () => sentence).join(" ");
}
