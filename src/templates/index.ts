/** The template system: load, list and eject Handlebars templates that render markdown. */
export { loadTemplate, type LoadedTemplate, type TemplateName } from "./load.js";
export { DEFAULT_LAYOUT, templateKeys, type LayoutSettings, type Margins } from "./layout.js";
export { defaultTemplatesDir, listTemplates, readAsset, type Origin, type TemplateFile } from "./lookup.js";
export { ejectTemplates } from "./eject.js";
