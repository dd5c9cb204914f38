/**
 * A font's pair kerning as fontkit applies it (see kerning.ts), read from the font's GPOS and GSUB
 * tables: which kern lookups fontkit would use for a word's script, and what they add to a pair of
 * glyphs. Class pair records and GSUB's tags are read from the font file's bytes where they can be.
 */

/** A coverage table as fontkit parses it. */
interface Coverage {
  version: number;
  glyphs?: number[];
  rangeRecords?: { start: number; end: number; startCoverageIndex: number }[];
}

/** A class definition table as fontkit parses it. */
interface ClassDef {
  version: number;
  startGlyph?: number;
  classValueArray?: number[];
  classRangeRecord?: { start: number; end: number; class: number }[];
}

/** Which fields a value record holds. */
type ValueFormat = Record<string, boolean> | null | undefined;

/** A value record: only the fields its format names are there. */
interface ValueRecord {
  xAdvance?: number;
}

/** A list fontkit decodes when read (restructure's LazyArray). */
interface Lazy<T> {
  length: number;
  get(index: number): T | undefined;
}

/** A GPOS pair positioning subtable (lookup type 2), format 1 or 2. */
export interface PairSubtable {
  version: number;
  coverage: Coverage;
  valueFormat1: ValueFormat;
  valueFormat2: ValueFormat;
  pairSets?: Lazy<{ secondGlyph: number; value1: ValueRecord; value2: ValueRecord }[]>;
  classDef1?: ClassDef;
  classDef2?: ClassDef;
  classRecords?: Lazy<Lazy<{ value1: ValueRecord; value2: ValueRecord }>>;
  class1Count?: number;
  class2Count?: number;
  /** Where the subtable starts in the font's bytes (set by restructure, which fontkit parses with). */
  _startOffset?: number;
}

/** A lookup as fontkit parses it. */
export interface Lookup {
  lookupType: number;
  flags: { markAttachmentType: number; flags: Record<string, boolean> };
  subTables: unknown[];
}

/** The scripts of a GSUB or GPOS table with their default language's features, and its features' tags. */
export interface LayoutScripts {
  scriptList: { tag: string; script: { defaultLangSys: { featureIndexes: number[] } | null } }[] | null;
  featureList: { tag: string }[];
}

/** A GSUB or GPOS table, as far as it is read here. */
export interface LayoutTable extends LayoutScripts {
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList: Lazy<Lookup>;
}

/** The tables of a font that decide how fontkit shapes it. */
export interface FontTables {
  GSUB?: LayoutTable | null;
  GPOS?: LayoutTable | null;
  GDEF?: { glyphClassDef?: ClassDef | null } | null;
  morx?: unknown;
  kern?: unknown;
  fvar?: unknown;
  /** "TTF" for a font whose tables fontkit reads from its file's bytes (not a WOFF's decompressed copies). */
  type?: string;
  /** The font's bytes, and where its tables are in them. */
  stream?: { buffer?: Uint8Array };
  directory?: { tables: Record<string, { offset: number; length: number } | undefined> };
}

/** Returns the bytes fontkit reads the font's tables from at the offsets it records, when that is the font file itself. */
function fileBytes(font: FontTables): Uint8Array | undefined {
  return font.type === "TTF" ? font.stream?.buffer : undefined;
}

/** What a pair of glyphs adds to the advance of its first and of its second glyph. */
export interface PairAdjustment {
  first: number;
  second: number;
}

const NO_ADJUSTMENT: PairAdjustment = { first: 0, second: 0 };

/** The scripts fontkit gives the words this shapes: Latin, Hangul, or none (Common characters only). */
export type WordScript = "latn" | "hang" | "zzzz";

/**
 * A class pair subtable's records read from the font's bytes: fontkit decodes each record it reads
 * through a structure it builds for it, about 20 µs a record, most of the cost of kerning a new pair.
 */
interface ClassRecords {
  view: DataView;
  /** Offset of the first record, and each record's size, in bytes. */
  base: number;
  size: number;
  class1Count: number;
  class2Count: number;
  /** Whether the records hold the first glyph's x advance and the second's (each an int16, in that order). */
  first: boolean;
  second: boolean;
}

/** A pair subtable of a kern lookup, with its class records' bytes when they can be read directly. */
export interface Subtable {
  table: PairSubtable;
  records?: ClassRecords;
}

/** The kerning fontkit applies to the words of one script: its pair lookups' subtables, in order. */
export interface KernPlan {
  /** Per lookup, its pair subtables (extensions resolved), tried in order until one matches. */
  lookups: Subtable[][];
  /** Whether some kern lookup skips base glyphs, or ligatures. */
  skipsBases: boolean;
  skipsLigatures: boolean;
}

/** Script tags fontkit falls back on, in its order (OTProcessor's DEFAULT_SCRIPTS). */
const DEFAULT_SCRIPTS = ["DFLT", "dflt", "latn"];

/** Features fontkit's plan applies to every glyph when shaping with FEATURES. */
const GLOBAL_FEATURES = ["rvrn", "ltra", "ltrm", "kern"];

/** Returns the feature records of the script fontkit selects in `table` for `script` (its default language), by tag, or undefined when it selects none. */
function selectFeatures<Table extends LayoutScripts>(table: Table, script: string): { tag: string; features: Map<string, Table["featureList"][number]> } | undefined {
  const scripts = table.scriptList ?? [];
  const entry = scripts.find((s) => s.tag === script) ?? DEFAULT_SCRIPTS.map((tag) => scripts.find((s) => s.tag === tag)).find((s) => s);
  if (!entry) return undefined;
  const features = new Map<string, Table["featureList"][number]>();
  for (const index of entry.script.defaultLangSys?.featureIndexes ?? []) {
    const record = table.featureList[index];
    if (!record) return undefined;
    features.set(record.tag, record);
  }
  return { tag: entry.tag, features };
}

/**
 * Returns the scripts and feature tags of the font's GSUB table read from its bytes (OpenType's
 * layout: the ScriptList, each script's default LangSys, the FeatureList), or, where they cannot be,
 * fontkit's parse of the table, which is some milliseconds per font and otherwise not needed.
 */
export function substitutionScripts(font: FontTables): LayoutScripts | null | undefined {
  const bytes = fileBytes(font);
  const place = font.directory?.tables.GSUB;
  if (!bytes || !font.directory) return font.GSUB;
  if (!place) return undefined;
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset + place.offset, place.length);
    const tag = (at: number) => String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    const scriptListAt = view.getUint16(4);
    const featureListAt = view.getUint16(6);
    let scriptList: LayoutScripts["scriptList"] = null;
    if (scriptListAt !== 0) {
      scriptList = [];
      for (let i = 0, count = view.getUint16(scriptListAt); i < count; i++) {
        const record = scriptListAt + 2 + i * 6;
        const scriptAt = scriptListAt + view.getUint16(record + 4);
        const langSysAt = scriptAt + view.getUint16(scriptAt);
        const featureIndexes: number[] = [];
        if (langSysAt !== scriptAt) for (let j = 0, n = view.getUint16(langSysAt + 4); j < n; j++) featureIndexes.push(view.getUint16(langSysAt + 6 + j * 2));
        scriptList.push({ tag: tag(record), script: { defaultLangSys: langSysAt === scriptAt ? null : { featureIndexes } } });
      }
    }
    const featureList: { tag: string }[] = [];
    if (featureListAt !== 0) for (let i = 0, count = view.getUint16(featureListAt); i < count; i++) featureList.push({ tag: tag(featureListAt + 2 + i * 6) });
    return { scriptList, featureList };
  } catch {
    // Offsets beyond the table: as fontkit, which fails to parse it, take it for no table.
    return undefined;
  }
}

/** Only an advance in x (or nothing): fontkit would apply placements too, but this reads advances only. */
function advanceOnly(format: ValueFormat): boolean {
  return !format || Object.entries(format).every(([field, present]) => field === "xAdvance" || !present);
}

/**
 * Returns how fontkit kerns words of `script` in a font with these tables, or why that is not plain
 * pair kerning read here (a sentence, for tests and debugging).
 */
export function kernPlan(font: FontTables, script: WordScript): KernPlan | string {
  if (font.morx) return "AAT morx table";
  if (font.fvar) return "font variations";
  const gpos = font.GPOS;
  if (!gpos) return "no GPOS table";
  const positioning = selectFeatures(gpos, script);
  if (!positioning) return "no GPOS script";
  const gsub = substitutionScripts(font);
  const substitution = gsub ? selectFeatures(gsub, script) : undefined;
  if (gsub && !substitution) return "no GSUB script";
  for (const tag of GLOBAL_FEATURES) {
    if (substitution?.features.has(tag)) return `GSUB feature ${tag}`;
    if (tag !== "kern" && positioning.features.has(tag)) return `GPOS feature ${tag}`;
  }
  const kern = positioning.features.get("kern")?.feature;
  if (!kern && font.kern) return "kern table instead of GPOS kerning";
  const lookups: Subtable[][] = [];
  let skipsBases = false;
  let skipsLigatures = false;
  for (const index of [...(kern?.lookupListIndexes ?? [])].sort((a, b) => a - b)) {
    const lookup = gpos.lookupList.get(index);
    if (!lookup) return `GPOS lookup ${index} missing`;
    const subtables: Subtable[] = [];
    for (const table of lookup.subTables) {
      const extension = table as { lookupType?: number; extension?: unknown };
      const type = lookup.lookupType === 9 ? extension.lookupType : lookup.lookupType;
      const pairs = (lookup.lookupType === 9 ? extension.extension : table) as PairSubtable;
      if (type !== 2) return `GPOS lookup ${index} of type ${type}`;
      if (pairs.version !== 1 && pairs.version !== 2) return `GPOS lookup ${index}: pair positioning format ${pairs.version}`;
      if (!advanceOnly(pairs.valueFormat1) || !advanceOnly(pairs.valueFormat2)) return `GPOS lookup ${index}: value records with more than x advances`;
      subtables.push({ table: pairs, records: classRecords(pairs, fileBytes(font)) });
    }
    const flags = lookup.flags.flags;
    skipsBases ||= !!flags.ignoreBaseGlyphs;
    skipsLigatures ||= !!flags.ignoreLigatures;
    lookups.push(subtables);
  }
  return { lookups, skipsBases, skipsLigatures };
}

/**
 * Returns where a class pair subtable's records are in the font's bytes (OpenType's PairPosFormat2:
 * 16 bytes of header, then class1Count × class2Count records of the two value records), or undefined
 * when the subtable is not of that format or its place is unknown.
 */
function classRecords(table: PairSubtable, bytes: Uint8Array | undefined): ClassRecords | undefined {
  const start = table._startOffset;
  if (table.version !== 2 || !bytes || typeof start !== "number" || table.class1Count === undefined || table.class2Count === undefined) return undefined;
  const first = !!table.valueFormat1?.xAdvance;
  const second = !!table.valueFormat2?.xAdvance;
  const size = (first ? 2 : 0) + (second ? 2 : 0);
  const base = start + 16;
  if (base + table.class1Count * table.class2Count * size > bytes.byteLength) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { view, base, size, class1Count: table.class1Count, class2Count: table.class2Count, first, second };
}

/** Returns the index of `glyph` in `coverage`, or -1: fontkit's OTProcessor.coverageIndex. */
function coverageIndex(coverage: Coverage, glyph: number): number {
  if (coverage.version === 1) return coverage.glyphs?.indexOf(glyph) ?? -1;
  if (coverage.version === 2) {
    for (const range of coverage.rangeRecords ?? []) {
      if (range.start <= glyph && glyph <= range.end) return range.startCoverageIndex + glyph - range.start;
    }
  }
  return -1;
}

/** Returns the class of `glyph`: fontkit's OTProcessor.getClassID. */
export function classOf(glyph: number, classDef: ClassDef): number {
  if (classDef.version === 1) {
    const i = glyph - (classDef.startGlyph ?? 0);
    const values = classDef.classValueArray ?? [];
    if (i >= 0 && i < values.length) return values[i] ?? 0;
  } else if (classDef.version === 2) {
    for (const range of classDef.classRangeRecord ?? []) {
      if (range.start <= glyph && glyph <= range.end) return range.class;
    }
  }
  return 0;
}

/**
 * Returns what a subtable adds to the pair (a, b), undefined when it does not match (fontkit then
 * tries the lookup's next subtable), or null when fontkit would fail on it.
 */
function applyPair({ table, records }: Subtable, a: number, b: number): PairAdjustment | undefined | null {
  const index = coverageIndex(table.coverage, a);
  if (index === -1) return undefined;
  if (table.version === 1) {
    for (const pair of table.pairSets?.get(index) ?? []) {
      if (pair.secondGlyph === b) return { first: pair.value1.xAdvance ?? 0, second: pair.value2.xAdvance ?? 0 };
    }
    return undefined;
  }
  const classDef1 = table.classDef1;
  const classDef2 = table.classDef2;
  if (!classDef1 || !classDef2) return null;
  if (records) {
    const class1 = classOf(a, classDef1);
    const class2 = classOf(b, classDef2);
    // Where fontkit finds no record it fails.
    if (class1 >= records.class1Count || class2 >= records.class2Count) return null;
    const at = records.base + (class1 * records.class2Count + class2) * records.size;
    return { first: records.first ? records.view.getInt16(at) : 0, second: records.second ? records.view.getInt16(at + (records.first ? 2 : 0)) : 0 };
  }
  const record = table.classRecords?.get(classOf(a, classDef1))?.get(classOf(b, classDef2));
  if (!record) return null;
  return { first: record.value1.xAdvance ?? 0, second: record.value2.xAdvance ?? 0 };
}

/** Returns what the plan's lookups add to the pair (a, b), each lookup's first matching subtable; null when fontkit would fail. */
export function pairAdjustment(plan: KernPlan, a: number, b: number): PairAdjustment | null {
  let first = 0;
  let second = 0;
  for (const subtables of plan.lookups) {
    for (const table of subtables) {
      const adjustment = applyPair(table, a, b);
      if (adjustment === undefined) continue;
      if (adjustment === null) return null;
      first += adjustment.first;
      second += adjustment.second;
      break;
    }
  }
  return first === 0 && second === 0 ? NO_ADJUSTMENT : { first, second };
}
