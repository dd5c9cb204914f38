/**
 * The data of the readiness page, as a template receives it (plain JSON):
 *
 * - `ready` — true when no principle is a gap and no story has a problem.
 * - `target` — stories each principle wants (`storiesPerPrinciple`).
 * - `window` — the speaking-time window as words, e.g. `45 s – 3 min`;
 *   `minSeconds`, `maxSeconds` — its ends in seconds; `maxPrinciples` — the most principles a story may carry.
 * - `principles[]` — every principle of the catalogue, in catalogue order:
 *   `id`, `name`, `number` (position in the catalogue); `stories` (how many are tagged with it),
 *   `storyTitles[]`; `questions` (how many are linked to it, directly or through one of its
 *   stories), `answeredQuestions` (of those, with an answer or a story); `target` (stories it wants), `missing` (how many more it needs,
 *   0 when enough); `gap` (true when it has fewer than `target`; false when the gap rule is off).
 * - `gaps[]` — the principles whose `gap` is true, same fields, catalogue order.
 * - `stories[]` — every story, in the order of the notes: `id`, `title`, `file`, `line`;
 *   `seconds` (estimated time to tell the four STAR parts), `time` (the same as `m:ss`);
 *   `principles` (how many it is tagged with), `questions` (how many questions it answers);
 *   `we`, `i` (how often its action says "we" and "I"); `missing[]` (empty STAR parts);
 *   `flags` — `tooShort`, `tooLong`, `noNumber`, `weNotI`, `overloaded`, `incomplete`
 *   (each true or false; false when its rule is off); `problems` (how many flags are true).
 * - `totals` — `principles`, `principlesReady` (with enough stories), `gaps`; `stories`,
 *   `storiesReady` (no flag), `tooShort`, `tooLong`, `noNumber`, `weNotI`, `overloaded`,
 *   `incomplete`; `questions`, `answeredQuestions`; `seconds` and `time` (all stories told once).
 */
import type { StarPart } from "../model/types.js";

export interface ReadinessData {
  ready: boolean;
  target: number;
  window: string;
  minSeconds: number;
  maxSeconds: number;
  maxPrinciples: number;
  principles: ReadinessPrinciple[];
  gaps: ReadinessPrinciple[];
  stories: ReadinessStory[];
  totals: ReadinessTotals;
}

/** One principle's line on the readiness page. */
export interface ReadinessPrinciple {
  id: string;
  name: string;
  number: number;
  stories: number;
  storyTitles: string[];
  questions: number;
  answeredQuestions: number;
  target: number;
  missing: number;
  gap: boolean;
}

/** What is wrong with a story, one flag per check. */
export interface StoryFlags {
  /** Shorter to tell than `minSeconds` (checked only on a story with all four parts). */
  tooShort: boolean;
  /** Longer to tell than `maxSeconds`. */
  tooLong: boolean;
  /** A result with no number or measurable outcome. */
  noNumber: boolean;
  /** An action that says "we" more often than "I". */
  weNotI: boolean;
  /** Tagged with more than `maxPrinciplesPerStory` principles. */
  overloaded: boolean;
  /** A STAR part is empty (reported by `star-missing-part`, not by readiness). */
  incomplete: boolean;
}

/** One story's line on the readiness page. */
export interface ReadinessStory {
  id: string;
  title: string;
  file: string;
  line: number;
  seconds: number;
  time: string;
  principles: number;
  questions: number;
  we: number;
  i: number;
  missing: StarPart[];
  flags: StoryFlags;
  problems: number;
}

/** The page's totals. */
export interface ReadinessTotals {
  principles: number;
  principlesReady: number;
  gaps: number;
  stories: number;
  storiesReady: number;
  tooShort: number;
  tooLong: number;
  noNumber: number;
  weNotI: number;
  overloaded: number;
  incomplete: number;
  questions: number;
  answeredQuestions: number;
  seconds: number;
  time: string;
}
