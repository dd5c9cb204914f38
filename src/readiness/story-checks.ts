/** The readiness rules on one story: length, a number in the result, "we" or "I", too many principles. */
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { Model, Story } from "../model/types.js";
import type { ReadinessStory, StoryFlags } from "./page-data.js";
import type { ReadinessSettings } from "./settings.js";
import { speakingSeconds } from "./speech.js";
import { formatDuration, formatClock } from "./time.js";
import { hasMeasure, pronouns } from "./wording.js";

/** Returns the text a candidate tells: the four STAR parts (not the title, not the notes). */
export function toldText(story: Story): string {
  return [story.situation, story.task, story.action, story.result].filter((part) => part.trim() !== "").join("\n");
}

/** Returns a story's readiness and the diagnostics of the rules that are on. */
export function assessStory(story: Story, model: Model, settings: ReadinessSettings): { story: ReadinessStory; diagnostics: Diagnostic[] } {
  const on = settings.rules;
  const seconds = speakingSeconds(toldText(story), settings);
  const said = pronouns(story.action, settings);
  const complete = story.missing.length === 0;
  const flags: StoryFlags = {
    // A short estimate on an incomplete story only repeats the missing part: not flagged.
    tooShort: on["readiness-story-length"] && complete && seconds < settings.minSeconds,
    tooLong: on["readiness-story-length"] && seconds > settings.maxSeconds,
    noNumber: on["readiness-result-number"] && story.result.trim() !== "" && !hasMeasure(story.result, settings),
    weNotI: on["readiness-we-not-i"] && said.we > said.i,
    overloaded: on["readiness-story-overloaded"] && story.principles.length > settings.maxPrinciplesPerStory,
    incomplete: !complete,
  };
  const questions = new Set([...story.questions, ...model.questions.filter((q) => q.stories.includes(story.id)).map((q) => q.id)]);
  const assessment: ReadinessStory = {
    id: story.id,
    title: story.title,
    file: story.source.file,
    line: story.source.line,
    seconds,
    time: formatClock(seconds),
    principles: story.principles.length,
    questions: questions.size,
    we: said.we,
    i: said.i,
    missing: [...story.missing],
    flags,
    problems: Object.values(flags).filter(Boolean).length,
  };
  return { story: assessment, diagnostics: storyDiagnostics(story, assessment, settings) };
}

function storyDiagnostics(story: Story, a: ReadinessStory, settings: ReadinessSettings): Diagnostic[] {
  const out: Diagnostic[] = [];
  const add = (message: string, ruleId: string): void => void out.push(diagnostic("warning", story.source, message, ruleId));
  const name = `\`${story.title}\``;
  const window = `${formatDuration(settings.minSeconds)} – ${formatDuration(settings.maxSeconds)}`;
  if (a.flags.tooShort) add(`Story ${name} takes about ${formatDuration(a.seconds)} to tell; aim for ${window}: say more of what you did and what came of it`, "readiness-story-length");
  if (a.flags.tooLong) add(`Story ${name} takes about ${formatDuration(a.seconds)} to tell; aim for ${window}: keep what proves the point`, "readiness-story-length");
  if (a.flags.noNumber) add(`Result of ${name} has no number: say how much, how many or how often`, "readiness-result-number");
  if (a.flags.weNotI) add(`Action of ${name} says "we" ${times(a.we)} and "I" ${times(a.i)}: say what you did`, "readiness-we-not-i");
  if (a.flags.overloaded) add(`Story ${name} carries ${a.principles} principles, more than ${settings.maxPrinciplesPerStory}: keep the ones it proves best`, "readiness-story-overloaded");
  return out;
}

function times(n: number): string {
  return n === 0 ? "never" : n === 1 ? "once" : n === 2 ? "twice" : `${n} times`;
}
