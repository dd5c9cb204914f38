/** Figures in results ("81%", "4회", "$2M", "two weeks") and the words that say which way they moved. */

const NUMBER = String.raw`\d+(?:[.,:]\d+)*`;
// "half", "double" and "triple" are left out: "second half", "double-checked" are not figures.
const NUMBER_WORDS = "zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a dozen|twice";
const SCALE = String.raw`\s?(?:천만|백만|천|만|억|조)|[kmb](?![a-z])|\s(?:thousand|million|billion)(?![a-z])`;
// Longer units first: the alternation takes the first that matches.
const KO_UNITS = "퍼센트포인트|퍼센트|포인트|만원|억원|천원|원|달러|건|분기|분|초|시간|주일|주|개월|달|년|일|명|개|회|번|곳|점|배|시";
const EN_UNITS = [
  "%p", "%", "pp", "x", "×", "ms", "secs?", "seconds?", "s", "mins?", "minutes?", "hrs?", "hours?", "h", "days?", "weeks?", "months?",
  "quarters?", "years?", "points?", "pts", "users?", "customers?", "tickets?", "requests?", "incidents?", "pages?", "people",
  "engineers?", "teams?", "services?", "servers?", "releases?", "deploys?", "deployments?", "tb", "gb", "mb", "kb", "qps", "rps", "tps", "times",
].join("|");
// One figure: sign, currency, number or number word, scale and unit.
const FIGURE_SOURCE = String.raw`(?<![a-z\d.,])(?:[-+−±~≈])?(?:[$€£₩¥]\s?)?(?:${NUMBER}|(?:${NUMBER_WORDS})(?![a-z]))(?:${SCALE})?(?:\s?(?:${EN_UNITS}|${KO_UNITS}))?(?![\da-z])|(?<![가-힣])(?:두|세|네|다섯|열)\s?배|절반`;
const FIGURE = new RegExp(FIGURE_SOURCE, "giu");

/** A figure found in a text: where it is, and what kind of number it is. */
export interface Figure {
  start: number;
  end: number;
  text: string;
  /** `unit`: a digit with a unit, currency or scale; `bare`: digits only; `word`: written in words. */
  kind: "unit" | "bare" | "word";
  /** Zero of something ("0건", "zero incidents"). */
  zero: boolean;
  /** Written with a sign ("-38%", "+12%"), which says the direction itself. */
  signed: boolean;
}

function classify(text: string, start: number): Figure {
  const kind = !/\d/u.test(text) ? "word" : /[^\d\s.,:+\-−~≈±]/u.test(text) ? "unit" : "bare";
  const zero = /^(?:zero\b|[-+−~≈±]?\s?(?:[$€£₩¥]\s?)?0(?:[.,]0+)?(?![.,]?\d))/iu.test(text);
  return { start, end: start + text.length, text, kind, zero, signed: /^[-+−]/u.test(text) };
}

/** Returns the figures in `text`, leaving out years ("2021") and ordinals written as "2년차". */
export function figuresIn(text: string): Figure[] {
  const found: Figure[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const raw = match[0];
    const trimmed = raw.trimEnd();
    const after = text.slice(match.index + raw.length);
    if (/^\s?(?:년|번|회|주|일)?[차째]/u.test(after) || /^(?:19|20)\d\d$/u.test(trimmed)) continue;
    found.push(classify(trimmed, match.index));
  }
  return found;
}

/** Returns whether `text`, once its figures are taken out, has no words left ("38%", "1억 2천만 원"). */
export function isLoneFigure(text: string): boolean {
  if (figuresIn(text).length === 0 || /[→⇒➔]|->|=>/u.test(text)) return false;
  return !/\p{L}/u.test(text.replace(FIGURE, ""));
}

const EN_DIRECTION = new RegExp(
  String.raw`\b(?:cut|cuts|reduc\w*|lower\w*|drop\w*|fell|fall\w*|down|up|rose|rise|rising|grew|grow\w*|increas\w*|decreas\w*|improv\w*|sav\w*|faster|slower|quicker|less|more|fewer|higher|gain\w*|boost\w*|halv\w*|doubl\w*|tripl\w*|shav\w*|trimm\w*|rais\w*|shr[aiu]nk\w*|recover\w*|declin\w*|climb\w*|jump\w*|now)\b`,
  "iu",
);
const KO_DIRECTION = /감소|증가|향상|개선|단축|절감|절약|감축|상승|하락|축소|확대|회복|줄(?:었|어|임|였|여)|늘(?:었|어|림|렸|려)|빨라|빨랐|느려|높아|높였|높임|낮아|낮췄|낮춤|올랐|올림|올려|떨어|내려|이제|지금은/u;
const ZERO_OUTCOME = /\b(?:zero|no)\s+(?:[a-z-]+\s+)?(?:incidents?|outages?|failures?|errors?|bugs?|pages?|complaints?|defects?|escalations?|regressions?|rollbacks?|mismatches|misses|downtime|data loss|lost\s+[a-z]+)\b|(?:장애|실패|오류|에러|누락|불일치|사고|민원|롤백)\s?(?:0\s?건|없)/iu;
const BEFORE_VALUE = /\b(?:before|previously|used to|originally|was|were)\b|기존|이전에는|원래|예전/iu;

/** Returns whether `text` says which way a figure moved ("cut", "fell", "감소", "줄었고"). */
export function saysDirection(text: string): boolean {
  return EN_DIRECTION.test(text) || KO_DIRECTION.test(text);
}

/** Returns whether `text` reports zero of something bad ("no incidents", "장애 없음"). */
export function saysZero(text: string): boolean {
  return ZERO_OUTCOME.test(text);
}

/** Returns whether `text` describes the state before a change ("was 1.2s before", "기존 9시간"). */
export function saysBefore(text: string): boolean {
  return BEFORE_VALUE.test(text);
}

// The old first-figure rule, kept as it was for custom templates that call `keyFigure`.
const OLD_NUMBER = String.raw`\d+(?:[.,]\d+)*`;
const OLD_CURRENCY = String.raw`[$€£₩¥]\s?${OLD_NUMBER}\s?(?:[KMB]|k|억|만|천)?`;
const OLD_CHANGE_WORDS = "감소|증가|향상|개선|단축|절감|상승|하락|faster|slower|less|more|fewer|lower|higher|reduction|increase|decrease|drop|growth";
const OLD_PERCENT = String.raw`[-+−]?${OLD_NUMBER}\s?(?:%p|%|퍼센트)(?:\s?(?:${OLD_CHANGE_WORDS})(?![A-Za-z]))?`;
const OLD_MULTIPLE = String.raw`${OLD_NUMBER}\s?(?:x|×|배)(?![A-Za-z가-힣])`;
const OLD_KO_COUNTER = String.raw`${OLD_NUMBER}\s?(?:만원|억원|원|건|분|초|시간|일|주|개월|년|명|개|회|번|곳|배|달러|만|억)(?!차)`;
const OLD_EN_UNIT = String.raw`${OLD_NUMBER}\s?(?:ms|s|sec|seconds?|min|minutes?|hours?|hrs?|h|days?|weeks?|months?|years?|users?|customers?|tickets?|requests?|incidents?|people|engineers?|teams?|GB|TB|MB|QPS|rps|K|M|B)(?![A-Za-z])`;
const KEY_FIGURE = new RegExp(`${OLD_CURRENCY}|${OLD_PERCENT}|${OLD_MULTIPLE}|${OLD_KO_COUNTER}|${OLD_EN_UNIT}`, "u");

/** Returns the first notable figure in `text` (`-35%`, `35% 감소`, `0건`, `12분`, `$2M`, `3x`), or "" when none. */
export function keyFigure(text: string): string {
  const match = KEY_FIGURE.exec(text);
  return match ? match[0].trim() : "";
}
