/** The readiness of a model: page data, diagnostics and the one-line summary. */
import type { Diagnostic } from "../diagnostics.js";
import type { Model } from "../model/types.js";
import type { ReadinessData, ReadinessPrinciple, ReadinessStory, ReadinessTotals } from "./page-data.js";
import { assessPrinciple, isAnswered } from "./gaps.js";
import { DEFAULT_READINESS, type ReadinessSettings } from "./settings.js";
import { assessStory } from "./story-checks.js";
import { formatClock, formatDuration } from "./time.js";
import { append } from "../arrays.js";

/** What `assessReadiness` returns. */
export interface ReadinessReport {
  /** The readiness page's data (see `ReadinessData`). */
  data: ReadinessData;
  /** One warning per problem, at the story's line or the principle's source. */
  diagnostics: Diagnostic[];
  /** One line for the end of `check` and `build`. */
  summary: string;
}

/** Reports already made, per model and settings: a build asks for the story book's page and again for its summary line. */
const reports = new WeakMap<Model, WeakMap<ReadinessSettings, ReadinessReport>>();

/** Returns the readiness of `model` under `settings`: page data, diagnostics and a summary line (the same report for the same two). */
export function assessReadiness(model: Model, settings: ReadinessSettings = DEFAULT_READINESS): ReadinessReport {
  let bySettings = reports.get(model);
  if (!bySettings) {
    bySettings = new WeakMap();
    reports.set(model, bySettings);
  }
  let report = bySettings.get(settings);
  if (!report) {
    report = assess(model, settings);
    bySettings.set(settings, report);
  }
  return report;
}

function assess(model: Model, settings: ReadinessSettings): ReadinessReport {
  const diagnostics: Diagnostic[] = [];
  const stories = model.stories.map((story) => {
    const result = assessStory(story, model, settings);
    append(diagnostics, result.diagnostics);
    return result.story;
  });
  const principles = model.principles.map((principle) => {
    const result = assessPrinciple(principle, model, settings);
    append(diagnostics, result.diagnostics);
    return result.principle;
  });
  const totals = totalsOf(principles, stories, model);
  const data: ReadinessData = {
    ready: totals.gaps === 0 && stories.every((s) => s.problems === 0),
    target: settings.storiesPerPrinciple,
    window: `${formatDuration(settings.minSeconds)} – ${formatDuration(settings.maxSeconds)}`,
    minSeconds: settings.minSeconds,
    maxSeconds: settings.maxSeconds,
    maxPrinciples: settings.maxPrinciplesPerStory,
    principles,
    gaps: principles.filter((p) => p.gap),
    stories,
    totals,
  };
  return { data, diagnostics, summary: summaryLine(data, settings) };
}

function totalsOf(principles: ReadinessPrinciple[], stories: ReadinessStory[], model: Model): ReadinessTotals {
  const flagged = (flag: keyof ReadinessStory["flags"]): number => stories.filter((s) => s.flags[flag]).length;
  const seconds = stories.reduce((sum, s) => sum + s.seconds, 0);
  return {
    principles: principles.length,
    principlesReady: principles.filter((p) => p.stories >= p.target).length,
    gaps: principles.filter((p) => p.gap).length,
    stories: stories.length,
    storiesReady: stories.filter((s) => s.problems === 0).length,
    tooShort: flagged("tooShort"),
    tooLong: flagged("tooLong"),
    noNumber: flagged("noNumber"),
    weNotI: flagged("weNotI"),
    overloaded: flagged("overloaded"),
    incomplete: flagged("incomplete"),
    questions: model.questions.length,
    answeredQuestions: model.questions.filter(isAnswered).length,
    seconds,
    time: formatClock(seconds),
  };
}

/**
 * Returns e.g. `readiness: 11/16 principles with 2+ stories, 3 stories over 3 min, 2 results
 * without a number`; a check that found nothing, or is off, is left out of the line.
 */
function summaryLine(data: ReadinessData, settings: ReadinessSettings): string {
  const t = data.totals;
  const uniform = Object.keys(settings.storiesPerPrincipleById).length === 0;
  const enough = uniform ? `${data.target}+ ${data.target === 1 ? "story" : "stories"}` : "enough stories";
  const parts = [`${t.principlesReady}/${t.principles} principles with ${enough}`];
  const count = (n: number, one: string, many: string, rest: string): void => {
    if (n > 0) parts.push(`${n} ${n === 1 ? one : many} ${rest}`);
  };
  count(t.tooLong, "story", "stories", `over ${formatDuration(data.maxSeconds)}`);
  count(t.tooShort, "story", "stories", `under ${formatDuration(data.minSeconds)}`);
  count(t.noNumber, "result", "results", "without a number");
  count(t.weNotI, "action", "actions", `with more "we" than "I"`);
  count(t.overloaded, "story", "stories", `on more than ${data.maxPrinciples} principles`);
  count(t.incomplete, "story", "stories", "missing a STAR part");
  return `readiness: ${parts.join(", ")}`;
}
