// What a guide's code block may use without declaring it: sample data of the kinds the guides
// name (`plan`, `progress`, `report`, `text`, …), from the seed documents. A block without imports
// is a fragment of its guide: it may also use any export of the @cja-kit packages.
import type { CommitteeReport, Plan, ProgressReturn } from "@cja-kit/core";
import { write } from "@cja-kit/json";
import {
  lanarkshirePerformanceFrameworkReport,
  lothianBordersActionPlan2010_11,
  lothianBordersProgressYear2,
} from "@cja-kit/seed-data";
import { councilTemplate } from "../../examples/council-template/src/council-template";

/** A plan (Lothian & Borders' action plan 2010-11). */
export const plan: Plan = lothianBordersActionPlan2010_11;
/** A progress return on that plan. */
export const progress: ProgressReturn = lothianBordersProgressYear2;
/** The plan's fields other than its themes and columns, as a CSV reader is given them. */
export const meta = (({ themes: _themes, columns: _columns, ...rest }: Plan) => rest)(plan);
/** A committee report (Lanarkshire's performance framework report, 28 February 2008). */
export const report: CommitteeReport = lanarkshirePerformanceFrameworkReport;
/** A file's text: the plan as a cja-kit JSON document. */
export const text: string = write({ format: "plan", data: plan });
/** A council's Word template with `{{placeholders}}` (the council-template example's). */
export const templateBytes: Uint8Array = await councilTemplate();
/** A migration's own function, where a guide leaves it to the reader. */
export const upgrade = (data: unknown): unknown => data;
