// jsonc-parser declares no `sideEffects: false`: through this file it is a chunk of its own in the ESM
// build, left out of an app that does not use it (see tsup.config.ts).
export { getLocation, type Node, type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
