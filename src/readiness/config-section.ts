/** The `readiness` section of the config file: checked by the shared schema, laid over the defaults. */
import { boolean, custom, field, listOf, number, object, string, type Infer } from "../schema.js";
import { DEFAULT_READINESS, READINESS_RULES, type ReadinessSettings, type ReadinessWords } from "./settings.js";

const WORDS = object({
  we: field(listOf(string()), undefined),
  i: field(listOf(string()), undefined),
  outcome: field(listOf(string()), undefined),
  numbers: field(listOf(string()), undefined),
  counters: field(listOf(string()), undefined),
});

/** Principle id → stories it wants (0 leaves it out of the gaps). */
const TARGETS = custom("a mapping of principle ids to whole numbers", (value): Record<string, number> | undefined => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  return entries.every(([, n]) => typeof n === "number" && Number.isInteger(n) && n >= 0) ? Object.fromEntries(entries) : undefined;
});

/** Every key of the `readiness` config section; each is optional and falls back to `DEFAULT_READINESS`. */
export const READINESS_CONFIG = object({
  wordsPerMinute: field(number({ min: 40, max: 400 }), undefined),
  syllablesPerMinute: field(number({ min: 80, max: 900 }), undefined),
  minSeconds: field(number({ min: 0, max: 3600 }), undefined),
  maxSeconds: field(number({ min: 1, max: 3600 }), undefined),
  storiesPerPrinciple: field(number({ min: 0, max: 20, integer: true }), undefined),
  storiesPerPrincipleById: field(TARGETS, undefined),
  maxPrinciplesPerStory: field(number({ min: 1, max: 50, integer: true }), undefined),
  words: field(object({ en: field(WORDS, undefined), ko: field(WORDS, undefined) }), undefined),
  rules: field(object(Object.fromEntries(READINESS_RULES.map((rule) => [rule, field(boolean, undefined)]))), undefined),
});

/** Returns the readiness settings: the defaults with what the config file gives laid over them. */
export function readinessSettings(given: Infer<typeof READINESS_CONFIG> | undefined): ReadinessSettings {
  if (given === undefined) return DEFAULT_READINESS;
  const words = (base: ReadinessWords, over: Infer<typeof WORDS> | undefined): ReadinessWords => ({
    we: over?.we ?? base.we,
    i: over?.i ?? base.i,
    outcome: over?.outcome ?? base.outcome,
    numbers: over?.numbers ?? base.numbers,
    counters: over?.counters ?? base.counters,
  });
  const rules = Object.fromEntries(READINESS_RULES.map((rule) => [rule, given.rules?.[rule] ?? DEFAULT_READINESS.rules[rule]]));
  return {
    wordsPerMinute: given.wordsPerMinute ?? DEFAULT_READINESS.wordsPerMinute,
    syllablesPerMinute: given.syllablesPerMinute ?? DEFAULT_READINESS.syllablesPerMinute,
    minSeconds: given.minSeconds ?? DEFAULT_READINESS.minSeconds,
    maxSeconds: given.maxSeconds ?? DEFAULT_READINESS.maxSeconds,
    storiesPerPrinciple: given.storiesPerPrinciple ?? DEFAULT_READINESS.storiesPerPrinciple,
    storiesPerPrincipleById: given.storiesPerPrincipleById ?? DEFAULT_READINESS.storiesPerPrincipleById,
    maxPrinciplesPerStory: given.maxPrinciplesPerStory ?? DEFAULT_READINESS.maxPrinciplesPerStory,
    words: { en: words(DEFAULT_READINESS.words.en, given.words?.en), ko: words(DEFAULT_READINESS.words.ko, given.words?.ko) },
    rules: { ...DEFAULT_READINESS.rules, ...rules },
  };
}
