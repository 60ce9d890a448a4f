import * as json from "@cja-kit/json";
import { write } from "@cja-kit/json";
import { lothianBordersActionPlan2010_11, lothianBordersProgressYear2 } from "@cja-kit/seed-data";
import type { Samples, Surface } from "./surface";

// One valid call of every function @cja-kit/json exports.

const plan = lothianBordersActionPlan2010_11;

export const jsonSamples: Samples = {
  read: [write({ format: "plan", data: plan }), { format: "plan", maxDepth: 100 }],
  write: [{ format: "progress-return", data: lothianBordersProgressYear2 }],
  jsonSchema: ["indicator-set"],
};

/** The entry points this file holds to the contract (`test/public-boundary.test.ts` finds it). */
export const surfaces: Surface[] = [{ name: "@cja-kit/json", exports: json, samples: jsonSamples }];
