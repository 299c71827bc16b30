// The end-to-end suite under the newest OpenCode the package supports (the one the README names).
import { OPENCODE_NEWEST } from "./opencode.mjs";
import { defineSuite } from "./suite.mjs";

defineSuite(OPENCODE_NEWEST);
