// Compiles the bundled templates ahead of time into dist/templates/precompiled.cjs, so that a build
// need not load Handlebars' compiler for them (src/templates/compiled.ts). Run after tsc by `build:ts`.
import { writePrecompiledTemplates } from "../dist/templates/precompile.js";

writePrecompiledTemplates();
