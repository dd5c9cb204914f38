/** Readiness: what an interview coach checks, from the model, as diagnostics, page data and a summary. */
export { assessReadiness, type ReadinessReport } from "./assess.js";
export type { ReadinessData, ReadinessPrinciple, ReadinessStory, ReadinessTotals, StoryFlags } from "./page-data.js";
export { DEFAULT_READINESS, READINESS_RULES, storyTarget, type ReadinessRuleId, type ReadinessSettings, type ReadinessWords } from "./settings.js";
export { speakingSeconds, spokenSize, type SpeakingRates, type SpokenSize } from "./speech.js";
export { toldText } from "./story-checks.js";
