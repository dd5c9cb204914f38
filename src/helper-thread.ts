/** The helper thread's first module (see parallel.ts): its work comes from the bundle when there is one, as the command's does. */
import { launchHelper } from "./launch.js";

void launchHelper();
