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
  .object({ number: z.string().min(1).optional().describe("As written, e.g. `5.1`."), content: Content })
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
    title: z.string().min(1).describe("The section's title as written."),
    role: ReportSectionRole,
    paragraphs: z.array(ReportParagraph).describe("Its paragraphs, in order."),
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
    name: z.string().min(1).describe("The contact's name."),
    role: z.string().min(1).optional().describe("The contact's post."),
    phone: z.string().min(1).optional().describe("As written, extension and number."),
    email: z.string().min(1).optional().describe("The contact's email address."),
  })
  .describe("Who to contact about a report.");
/** Who to contact about a report. */
export type ReportContact = z.output<typeof ReportContact>;

/**
 * A report to a committee or board (seeds 000 and 004): the header block a council paper opens
 * with (agenda item, the committee it goes to, the meeting date, who reports, the subject; the
 * fields of South Lanarkshire Council's report layout), numbered sections from purpose and
 * recommendations to implications, the author and date, and the contact block.
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
    id: z.string().min(1).optional().describe("A stable id for the report, for linking and storage."),
    authority: Authority.describe(
      "The authority or partnership the report is to (seeds 000, 004: Lanarkshire CJA).",
    ),
    agendaItem: z
      .string()
      .min(1)
      .optional()
      .describe("The item number on the meeting's agenda, as written (e.g. `5`), where the paper has one."),
    meeting: z
      .string()
      .optional()
      .describe(
        'The committee or board the report goes to, as written ("Report to:"; may be left blank on a draft).',
      ),
    meetingDate: z
      .string()
      .optional()
      .describe('The meeting date as written ("Date of Meeting:"; seed 004 leaves it blank).'),
    reportBy: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Who reports, as written ("Report by:", e.g. `Chief Officer, Lanarkshire Community Justice Authority`).',
      ),
    subject: z.string().min(1).optional().describe('The report\'s subject, as written ("Subject:").'),
    sections: z
      .array(ReportSection)
      .describe("The numbered sections, from purpose and recommendations to implications."),
    author: z
      .object({
        name: z.string().min(1).describe("The signatory's name."),
        role: z.string().optional().describe("The signatory's post."),
        body: z.string().optional().describe("The body the signatory writes for."),
      })
      .optional()
      .describe("The signature block."),
    date: z.string().optional().describe("The report's own date as written, under the signature."),
    contactIntro: z.string().optional().describe("The sentence introducing the contact, as written."),
    contactHeading: z
      .string()
      .optional()
      .describe("The heading over the contact block, as written; none where the report has none (seed 004)."),
    contact: ReportContact.optional().describe("Who to contact about the report."),
  })
  .describe("A report to a committee or board.");
/** A report to a committee or board. */
export type CommitteeReport = z.output<typeof CommitteeReport>;
