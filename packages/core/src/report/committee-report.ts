import * as z from "zod";
import { Authority } from "../authority/authority";
import { Content } from "../content/content";

/**
 * A numbered paragraph of a report section, its number as written (`4.1`; seed 004 numbers
 * section 2's paragraph `1.2`, kept as written).
 *
 * @example
 * ```ts
 * const paragraph: ReportParagraph = { number: "6.1", content: [{ kind: "paragraph", text: "None" }] };
 * ```
 */
export const ReportParagraph = /* @__PURE__ */ z
  .object({ number: z.string().min(1).optional(), content: Content })
  .describe("A numbered paragraph of a report section.");
/** A numbered paragraph of a report section. */
export type ReportParagraph = z.output<typeof ReportParagraph>;

/**
 * What a section of a committee report is for: the parts every council report has (purpose,
 * recommendations, the implications) and the body sections between them.
 *
 * @example
 * ```ts
 * const role: ReportSectionRole = "financial-implications";
 * ```
 */
export const ReportSectionRole = /* @__PURE__ */ z
  .enum([
    "purpose",
    "recommendations",
    "background",
    "body",
    "employee-implications",
    "financial-implications",
    "other-implications",
    "equality-and-consultation",
    "consultation",
  ])
  .describe("What a section of a committee report is for.");
/** What a section of a committee report is for. */
export type ReportSectionRole = z.output<typeof ReportSectionRole>;

/**
 * A numbered section of a committee report with its paragraphs.
 *
 * @example
 * ```ts
 * const section: ReportSection = { number: "7", title: "Financial Implications", role: "financial-implications", paragraphs: [{ number: "7.1", content: [{ kind: "paragraph", text: "None" }] }] };
 * ```
 */
export const ReportSection = /* @__PURE__ */ z
  .object({
    number: z.string().min(1).optional().describe("As written, e.g. `5.`."),
    title: z.string().min(1),
    role: ReportSectionRole,
    paragraphs: z.array(ReportParagraph),
  })
  .describe("A numbered section of a committee report.");
/** A numbered section of a committee report. */
export type ReportSection = z.output<typeof ReportSection>;

/**
 * Who to contact about a report.
 *
 * @example
 * ```ts
 * const contact: ReportContact = { name: "Tony McNulty", role: "Chief Officer", phone: "Ext 4234 (Tel: 01698 454234)", email: "tony.mcnulty@southlanarkshire.gov.uk" };
 * ```
 */
export const ReportContact = /* @__PURE__ */ z
  .object({
    name: z.string().min(1),
    role: z.string().min(1).optional(),
    phone: z.string().min(1).optional().describe("As written, extension and number."),
    email: z.string().min(1).optional(),
  })
  .describe("Who to contact about a report.");
/** Who to contact about a report. */
export type ReportContact = z.output<typeof ReportContact>;

/**
 * A report to a committee or board (seeds 000 and 004): the meeting, who reports, the subject,
 * numbered sections from purpose and recommendations to implications, the author and date, and
 * the contact block.
 *
 * @example
 * ```ts
 * const report: CommitteeReport = {
 *   authority: communityJusticeAuthorities.lanarkshire,
 *   subject: "Chief Officer's Update",
 *   reportBy: "Chief Officer, Lanarkshire Community Justice Authority",
 *   sections: [],
 * };
 * ```
 */
export const CommitteeReport = /* @__PURE__ */ z
  .object({
    id: z.string().min(1).optional(),
    authority: Authority,
    meeting: z.string().optional().describe("The meeting, as written (may be left blank on a draft)."),
    meetingDate: z.string().optional().describe("The meeting date as written."),
    reportBy: z.string().min(1).optional(),
    subject: z.string().min(1).optional(),
    sections: z.array(ReportSection),
    author: z
      .object({ name: z.string().min(1), role: z.string().optional(), body: z.string().optional() })
      .optional()
      .describe("The signature block."),
    date: z.string().optional().describe("The report's date as written."),
    contactIntro: z.string().optional().describe("The sentence introducing the contact, as written."),
    contactHeading: z.string().optional(),
    contact: ReportContact.optional(),
  })
  .describe("A report to a committee or board.");
/** A report to a committee or board. */
export type CommitteeReport = z.output<typeof CommitteeReport>;
