/** The two card templates (front, back), the deck options from their front matter, and rendering. */
import { CARD_LAYOUTS, DUPLEX_MODES, type CardLayout, type Duplex, type Settings } from "../../config.js";
import { DiagnosticError, diagnostic } from "../../diagnostics.js";
import type { Model } from "../../model/types.js";
import { loadTemplate, type LoadedTemplate } from "../../templates/index.js";
import type { TextSettings } from "../../typeset/index.js";
import type { CardSpec } from "./cards.js";

/** The loaded front and back templates. */
export interface CardTemplates {
  front: LoadedTemplate;
  back: LoadedTemplate;
}

/** Layout and duplex after the command line and the front template's front matter. */
export interface DeckOptions {
  layout: CardLayout;
  duplex: Duplex;
}

/** What a card template sees under `card`, next to the model's fields. */
export interface CardData {
  kind: CardSpec["kind"];
  question: CardSpec["question"];
  principle: CardSpec["principle"];
  story: CardSpec["story"];
  /** 1-based part of a card continued over several cards, and the number of parts. */
  part: number;
  parts: number;
}

/** Returns the front and back templates; throws DiagnosticError on template problems. */
export function loadCardTemplates(settings: Settings): CardTemplates {
  const templatesDir = settings.templatesDir ?? undefined;
  return { front: loadTemplate("flashcards-front", { templatesDir }), back: loadTemplate("flashcards-back", { templatesDir }) };
}

function fromMatter<T extends string>(template: LoadedTemplate, key: string, allowed: readonly T[], fallback: T): T {
  const value = template.layout.extra[key];
  if (value === undefined) return fallback;
  const found = allowed.find((a) => a === value);
  if (found !== undefined) return found;
  const message = `\`${key}\` must be one of ${allowed.map((a) => `\`${a}\``).join(", ")}, got \`${String(value)}\``;
  throw new DiagnosticError([diagnostic("error", { file: template.path, line: 1, column: 1 }, message, "template-front-matter")]);
}

/** Returns the layout and duplex mode: settings first, then the front template's front matter, then defaults. */
export function deckOptions(settings: Settings, templates: CardTemplates): DeckOptions {
  return {
    layout: settings.cardLayout ?? fromMatter(templates.front, "cardLayout", CARD_LAYOUTS, "a4-8"),
    duplex: settings.duplex ?? fromMatter(templates.front, "duplex", DUPLEX_MODES, "long-edge"),
  };
}

/** Returns the text settings (at scale 1) and the smallest scale `fit` may use for a template. */
export function textSettings(template: LoadedTemplate): { settings: TextSettings; minScale: number } {
  const { fontSize, lineHeight, minFontSize, fit } = template.layout;
  const settings: TextSettings = { fontSize, lineHeight, paragraphGap: fontSize * 0.45, align: "left" };
  return { settings, minScale: fit === "shrink" ? minFontSize / fontSize : 1 };
}

/** Returns the data a card template renders: the model plus `card`. */
export function cardData(model: Model, card: CardSpec, part = 1, parts = 1): object {
  const data: CardData = { kind: card.kind, question: card.question, principle: card.principle, story: card.story, part, parts };
  return { ...model, card: data };
}
