// The end-to-end suite under the oldest OpenCode on npm inside the package's peerDependencies range.
import { OPENCODE_OLDEST } from "./opencode.mjs";
import { defineSuite } from "./suite.mjs";

defineSuite(OPENCODE_OLDEST);
