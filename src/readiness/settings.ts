/**
 * Readiness settings: speaking rates, the time window, how many stories each principle
 * wants, and the words the rules look for. Nothing here names a company: another values
 * list only changes `storiesPerPrincipleById` (its principle ids) and perhaps the words.
 */

/** Rule ids of the readiness checks; each can be turned off in `rules`. */
export const READINESS_RULES = [
  "readiness-story-length",
  "readiness-result-number",
  "readiness-we-not-i",
  "readiness-story-overloaded",
  "readiness-principle-gap",
] as const;
export type ReadinessRuleId = (typeof READINESS_RULES)[number];

/** The words one language gives the rules. */
export interface ReadinessWords {
  /** Words that say "we" in an action (English: whole words; Korean: the start of a word, so 우리 finds 우리가). */
  we: readonly string[];
  /** Words that say "I" in an action, matched the same way. */
  i: readonly string[];
  /** Words that make a result measurable without a digit (doubled, 절반). */
  outcome: readonly string[];
  /** Number words that count only right before a counter (한/두/세 alone are ordinary syllables). */
  numbers: readonly string[];
  /** Counters that make a number word a count (건, 회, 명, 배 …). */
  counters: readonly string[];
}

/** Everything the readiness checks can be told; every field is set (see `DEFAULT_READINESS`). */
export interface ReadinessSettings {
  /** English speaking rate in words a minute. */
  readonly wordsPerMinute: number;
  /** Korean speaking rate in syllables a minute. */
  readonly syllablesPerMinute: number;
  /** A story shorter than this to tell is flagged, in seconds. */
  readonly minSeconds: number;
  /** A story longer than this to tell is flagged, in seconds. */
  readonly maxSeconds: number;
  /** Stories each principle of the catalogue wants. */
  readonly storiesPerPrinciple: number;
  /** Targets that differ by principle id (0 leaves a principle out of the gaps). */
  readonly storiesPerPrincipleById: Readonly<Record<string, number>>;
  /** A story tagged with more principles than this is flagged. */
  readonly maxPrinciplesPerStory: number;
  /** The words the rules look for, by language; a story's text is searched with both lists. */
  readonly words: { readonly en: ReadinessWords; readonly ko: ReadinessWords };
  /** Each rule on (true) or off (false). */
  readonly rules: Readonly<Record<ReadinessRuleId, boolean>>;
}

const ENGLISH_NUMBERS = [
  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/**
 * The defaults, and why:
 * - Rates: 140 words a minute for English, the pace commonly given for business
 *   presentations, a little under the ~150 wpm of American conversation (National Center
 *   for Voice and Speech), since a candidate telling a story pauses to think. 280 syllables
 *   a minute for Korean: between the 308 syllables a minute read aloud and 253 spoken
 *   freely that 31 Korean adults averaged in "The Study of Speech Rate in Normal-Speaking
 *   Adults and Children" (Journal of Speech Sciences 9(4), 2002, pp. 93–103); a rehearsed
 *   story sits between reading and free talk.
 * - 45 s – 3 min: long enough to show what you did, short enough to leave time for follow-ups.
 * - 2 stories a principle (an interviewer often asks for a second example), at most 4 principles a story.
 */
export const DEFAULT_READINESS: ReadinessSettings = {
  wordsPerMinute: 140,
  syllablesPerMinute: 280,
  minSeconds: 45,
  maxSeconds: 180,
  storiesPerPrinciple: 2,
  storiesPerPrincipleById: {},
  maxPrinciplesPerStory: 4,
  words: {
    en: {
      we: ["we", "our", "ours", "us", "ourselves", "we're", "we've", "we'd", "we'll"],
      i: ["I", "my", "me", "mine", "myself", "I'm", "I've", "I'd", "I'll"],
      outcome: [
        ...ENGLISH_NUMBERS, "zero", "half", "halved", "double", "doubled", "triple", "tripled",
        "quadrupled", "twice", "twofold", "threefold", "tenfold", "dozen", "dozens", "hundred",
        "hundreds", "thousand", "thousands", "million", "millions", "billion", "percent",
      ],
      numbers: [],
      counters: [],
    },
    ko: {
      we: ["우리", "저희"],
      i: ["제가", "내가", "저는", "나는", "저도", "나도", "저의", "나의", "저를", "나를", "제", "내"],
      outcome: ["절반", "반으로", "곱절", "제로", "수십", "수백", "수천", "수만", "수억", "하루", "이틀", "사흘", "퍼센트"],
      numbers: ["한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열", "스무", "서른"],
      counters: ["건", "회", "명", "배", "번", "개", "곳", "시간", "분", "초", "달", "개월", "년", "가지", "차례", "단계"],
    },
  },
  rules: {
    "readiness-story-length": true,
    "readiness-result-number": true,
    "readiness-we-not-i": true,
    "readiness-story-overloaded": true,
    "readiness-principle-gap": true,
  },
};

/** Returns the number of stories principle `id` wants under `settings`. */
export function storyTarget(id: string, settings: ReadinessSettings): number {
  return settings.storiesPerPrincipleById[id] ?? settings.storiesPerPrinciple;
}
