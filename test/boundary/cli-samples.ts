import { PassThrough } from "node:stream";
import * as cli from "@cja-kit/cli";
import type { Samples, Surface } from "./surface";

// One valid call of every function @cja-kit/cli exports: runCli with an outcome look-up (it reads
// no file and writes a few lines) into streams of its own. The harness puts a wrong value in each
// argument place in turn; runCli never throws, and answers a wrong call with exit code 2 and one
// line on stderr (process.stderr when `io` itself is wrong). A function here, so that each call
// has fresh streams (a stream is used up by one run).

/** By export name: the arguments of one valid call, or a function that makes them afresh. */
export const cliSamples: Samples = {
  runCli: () => [
    ["outcome", "nab-2008:A3"],
    { stdout: new PassThrough(), stderr: new PassThrough(), cwd: process.cwd() },
  ],
};

/** @cja-kit/cli in the harness. */
export const surfaces: Surface[] = [{ name: "@cja-kit/cli", exports: cli, samples: cliSamples }];
