/** Where the team's example notes are: `../shared/examples`, beside the checkout (also in CI). */
import { fileURLToPath } from "node:url";

/** Absolute path of the shared examples folder. */
export const EXAMPLES = fileURLToPath(new URL("../../shared/examples", import.meta.url));
export const NOTES_KO = `${EXAMPLES}/notes-ko.md`;
export const NOTES_EN = `${EXAMPLES}/notes-en.md`;
