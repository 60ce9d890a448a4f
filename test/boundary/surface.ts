/**
 * One valid call of each function a package exports, by export name: the arguments, or a function
 * that makes them afresh for each call (for a stream, which one call uses up). The harness puts a
 * wrong value in each argument place in turn and keeps the others.
 */
export type Samples = Record<string, readonly unknown[] | (() => readonly unknown[])>;

/**
 * Options a function reads inside one of its arguments (an options object): the harness gives
 * each named key every hostile value in turn, the rest of the sample kept.
 */
export type NestedOptions = { place: number; keys: readonly string[] };

/**
 * A public entry point held to the boundary contract: its name as imported (`@cja-kit/docx/node`),
 * what it exports, and a sample call of every function. Its TSDoc is read from the entry's source
 * file, found through the package's `exports` (the `@cja-kit/source` condition). `nested` names
 * options inside an argument that are varied too.
 */
export type Surface = {
  name: string;
  exports: Record<string, unknown>;
  samples: Samples;
  /** By function name, the options inside an argument the harness varies one by one too. */
  nested?: Record<string, NestedOptions>;
};
