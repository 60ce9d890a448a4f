import { MONTH_NAMES } from "../_internal/month-names";
import type { CanonicalStatus } from "./canonical-status";
import type { StatusRule, StatusSignalKind } from "./status-rule";

// A status word stands alone, or leads an explanation after a separator ("Complete – where …").
const term = (words: string) => new RegExp(`^(?:${words})\\s*(?:$|[.:;,!(–—-])`);
const future = "(?<!\\b(?:will|to|shall|would) be (?:\\S+ ){0,2})";
const number = "(?<![\\d/-])\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})\\b(?![\\d/-])";
// A count of things done ("two issues produced", "delivered to 800 school children") is progress, not completion.
const counted = `(?<!${number}[^.;]{0,60})`;
const month = /* @__PURE__ */ (() =>
  `(?:${MONTH_NAMES.join("|").toLowerCase()}|spring|summer|autumn|winter|\\d{4}|\\d{1,2}(?:st|nd|rd|th)?)`)();

function rule(
  id: string,
  kind: StatusSignalKind,
  status: CanonicalStatus,
  pattern: RegExp,
  example: string,
  resolves?: true,
): StatusRule {
  return resolves === undefined
    ? { id, kind, status, pattern, example }
    : { id, kind, status, pattern, example, resolves };
}

const terms = (): StatusRule[] => [
  rule(
    "term-revised-timescale",
    "term",
    "rescheduled",
    term(String.raw`(?:in progress )?\(?(?:with )?(?:a )?revised (?:timescale|timetable|date)s?\)?`),
    "In progress (with revised timescale)",
  ),
  rule(
    "term-not-yet-complete",
    "term",
    "ongoing",
    term("not yet (?:complete|completed|achieved|met|finished)"),
    "Not yet achieved",
  ),
  rule("term-not-due", "term", "not-due", term("not yet due|not due"), "Not yet due"),
  rule(
    "term-not-started",
    "term",
    "not-started",
    term("not (?:yet )?(?:started|commenced|begun)"),
    "Not commenced",
  ),
  rule(
    "term-not-achieved",
    "term",
    "not-achieved",
    term("not (?:met|achieved|delivered)|unachieved|failed"),
    "Not met",
  ),
  rule(
    "term-off-track",
    "term",
    "off-track",
    term("red|off[ -]?track|not on (?:track|target|schedule)"),
    "Red",
  ),
  rule(
    "term-part-complete",
    "term",
    "part-complete",
    term("part(?:ly|ially)?[ -]?(?:complete|completed|achieved|met|delivered)"),
    "Part complete",
  ),
  rule(
    "term-on-track",
    "term",
    "on-track",
    term("on[ -]?(?:track|target|schedule)|green|ahead of (?:schedule|target)|no longer delayed"),
    "Ontrack",
  ),
  rule(
    "term-in-progress",
    "term",
    "ongoing",
    term("in[ -]progress|on-?going|under ?way|started|commenced|in hand"),
    "In progress",
  ),
  rule("term-at-risk", "term", "at-risk", term("amber|at risk|(?:some )?slippage|delayed"), "Amber"),
  rule("term-on-hold", "term", "on-hold", term("on hold|paused|suspended|deferred|postponed"), "On hold"),
  rule(
    "term-overdue",
    "term",
    "overdue",
    term("overdue|outstanding|late|past (?:its )?(?:due|finish) date"),
    "Outstanding",
  ),
  rule(
    "term-complete",
    "term",
    "complete",
    term("complete|completed|achieved|met|done|finished|delivered"),
    "Complete",
  ),
  rule(
    "term-no-longer-required",
    "term",
    "no-longer-required",
    term("not applicable|n/a|cancelled|canceled|withdrawn|superseded|(?:no longer|not) required"),
    "Not applicable",
  ),
];

const withdrawn = (): StatusRule[] => [
  rule(
    "not-required",
    "withdrawn",
    "no-longer-required",
    /\b(?:not|no longer) (?:required|needed|necessary)\b/,
    "Audit not required as ADAT have information available",
  ),
  rule(
    "superseded",
    "withdrawn",
    "no-longer-required",
    /\b(?:superseded|integrate[ds]? with|merged with|replaced by|brought under|subsumed|withdrawn|discontinued)\b/,
    "Concordat has resulted in this now being brought under Community Planning – integrate with 3.1.1.",
  ),
];

const problems = (): StatusRule[] => [
  rule(
    "not-achieved",
    "problem",
    "not-achieved",
    /\b(?:(?<!\b(?:has|have|had) )not (?:met|achieved)|failed to (?:meet|achieve|deliver))\b/,
    "The target was not met",
  ),
  rule(
    "off-track",
    "problem",
    "off-track",
    /\b(?:off[ -]track|not on (?:track|target|schedule)|(?:rated|remains?) red|red status|will not (?:be )?(?:delivered|achieved|met|completed)|(?:significant|serious|major) (?:delays?|slippage))\b/,
    "Significant delays in recruitment",
  ),
  rule(
    "on-hold",
    "problem",
    "on-hold",
    /\b(?:on hold|paused|suspended|deferred|postponed)\b/,
    "Work paused pending the national review",
  ),
  rule(
    "overdue",
    "problem",
    "overdue",
    /\b(?:overdue|past (?:its |the )?(?:due date|deadline|finish date)|deadline (?:was )?missed|timescale has (?:passed|lapsed))\b/,
    "The annual report is overdue",
  ),
  rule(
    "not-progressed",
    "problem",
    "at-risk",
    /\b(?:(?:has|have) not progressed|not progress(?:ed|ing)|(?:no|limited) (?:further )?progress|stalled|(?:has|have) not met since|(?:at|rated|remains?) amber|amber status)\b/,
    "This work stream has not progressed as designed",
  ),
  rule("under-review", "problem", "at-risk", /\bunder review\b/, "Work-stream currently under review"),
  rule(
    "awaiting",
    "problem",
    "at-risk",
    /^awaiting\b|\bawaiting (?:the )?(?:outcome|funding|approval|decision|confirmation)\b/,
    "Awaiting outcome of Mental Health Review Report",
  ),
  rule(
    "funding-ends",
    "problem",
    "at-risk",
    /\b(?:no (?:further )?funding|funding\b[^.;]{0,40}?\b(?:has |have )?(?:ended|ceased|been withdrawn)|(?:draws?|drawing|comes?|coming) to (?:a close|an end)|lack of (?:funding|resources|capacity|staff))\b/,
    "Access to Industry transition worker has no further funding – no service since June 09",
  ),
  rule(
    "delayed",
    "problem",
    "at-risk",
    /\b(?:(?<!\b(?:no longer|not|without|previously) )(?:delay(?:ed|s)?|prevented)|behind (?:schedule|target)|slipp(?:ed|age)|(?<!\bnot )at risk|not (?:be )?available until|unresolved|difficult(?:y|ies) (?:in|with)|further delayed)\b/,
    "As a result of progress nationally, training will not be available until at the earliest April 2009.",
  ),
];

const claims = (): StatusRule[] => [
  rule(
    "back-on-track",
    "claim",
    "on-track",
    /\b(?:no longer (?:delayed|at risk|behind)|back on (?:track|schedule|target)|caught up|not (?:delayed|behind schedule|at risk))\b/,
    "Delayed by staff absence, now back on track",
    true,
  ),
  rule(
    "on-track",
    "claim",
    "on-track",
    /(?<!\b(?:not|off|never) )\bon[ -]?t(?:rack|arget)\b|\b(?:ahead of|on) schedule\b|\b(?:progressing|going) (?:well|to plan|as planned)\b|\b(?:rated|remains?) green\b|\bgreen status\b/,
    "Group reporting quarterly as on target",
  ),
  rule(
    "target-met",
    "claim",
    "on-track",
    /\btargets? (?:(?!not\b|yet\b)\S+ ){0,4}(?:met|exceeded|achieved|surpassed)\b/,
    "National target continues to be exceeded",
  ),
  rule(
    "assurance-given",
    "claim",
    "on-track",
    /\b(?:gives?|given|provides?|provided) (?:the )?(?:required )?assurance\b/,
    "Discussions with social work heads of service and the training and development officer gives required assurance",
  ),
  rule(
    "part-complete",
    "claim",
    "part-complete",
    /\bpart(?:ly|ially)?[ -]?(?:complete|completed|achieved|met|delivered)\b|\b(?:phase|stage) (?:1|one|i)\b[^.;]*\bcomplete\b|\bfirst (?:phase|stage) (?:is |has been |now )?complete/,
    "Phase 1 of project complete.",
  ),
  rule(
    "revised-timescale",
    "claim",
    "rescheduled",
    /\brevised (?:timescale|timetable|completion date|target date|deadline)\b|\btimescales? (?:has|have) (?:been )?(?:revised|extended|moved)\b|\brescheduled\b/,
    "The timescale has been revised to March 2025",
    true,
  ),
  rule(
    "not-yet-complete",
    "claim",
    "ongoing",
    /\bnot yet (?:complete|completed|finished|achieved|met|in use|finalised)\b/,
    "Report drafted but not yet complete",
  ),
  rule("not-due", "claim", "not-due", /\bnot yet due\b/, "This milestone is not yet due"),
];

const progress = (): StatusRule[] => [
  rule(
    "carried-forward",
    "progress",
    "complete",
    /\b(?:taken|carried) forward under (?:deliverable|action)\b|\bto be progressed under (?:deliverable|action)\b/,
    "Implementation of this work will be taken forward under deliverable 44.",
  ),
  rule(
    "all-done",
    "progress",
    "complete",
    /\ball (?:\S+ ){0,4}(?:reviewed|implemented|completed|in place|delivered(?! by))\b/,
    "All services reviewed and recommendations integrated into service development plans",
  ),
  rule(
    "work-completed",
    "progress",
    "complete",
    new RegExp(
      String.raw`(?<!\b(?:not|yet|part|partly|partially|to|be|being|nearly|almost|near|close to)\s)${future}${counted}\b(?:complete|completed|finalised|finished|signed off)\b`,
    ),
    "Accommodation audit completed.",
    true,
  ),
  rule(
    "delivered",
    "progress",
    "complete",
    new RegExp(
      String.raw`${future}${counted}\b(?:delivered(?! (?:by|to)\b)|published|produced|prepared|approved|implemented|launched|now available|(?:has|have) (?:been )?developed)\b`,
    ),
    "Project delivered in July 2009 in West Lothian.",
    true,
  ),
  rule(
    "counted",
    "progress",
    "ongoing",
    new RegExp(`${number} [^.;]{0,60}?\\b(?:completed|delivered|produced|held|issued|distributed)\\b`),
    "Two issues of Community Service Newsletter produced & distributed",
  ),
  rule(
    "shared",
    "progress",
    "ongoing",
    /(?<!\b(?:complete|completed|produced|approved|published|available|prepared)\b[^.;]{0,60})\b(?:circulated|distributed|sent|issued|forwarded)\b/,
    "Minutes forwarded to Chief Officer for information.",
  ),
  rule(
    "in-progress",
    "progress",
    "ongoing",
    new RegExp(
      `${future}\\b(?:in progress|under ?way|on-?going|continu(?:e|es|ed|ing)|currently|being \\w+(?:ed|en)|(?:has|have) (?:started|commenced|begun)|commenced|started|established|re-established|appointed|appointment of|agreed|reached|set up|attended|attending|working (?:with|on|together|towards)|worked together|held|received|secured|funded|provided|introduced|adopted|made|formed|programmed|piloted|drafted|reviewed|facilitated|seconded|attracted|extended|extending|undertaking|undertaken|taking part|took place|achieved|follow up|close to completing|nearing completion|into (?:its |the )?(?:second|next|third|final) (?:phase|stage)|now in place|delivered to|reviewing|updating|updated|developing|progressing|exploring|considering|regularly|progressed (?:the )?(?:activity|work)|brought (?:to|forward)|nominated|subject to (?:\\w+ )?review)\\b`,
    ),
    "Key meetings continue to be attended by LCJA in North and South Lanarkshire.",
  ),
];

const plans = (): StatusRule[] => [
  rule(
    "not-started",
    "plan",
    "not-started",
    /\b(?:not (?:yet )?(?:started|commenced|begun)|yet to (?:start|commence|begin|be (?:set up|established|arranged))|to be (?:set up|arranged)|still to be (?:confirmed|arranged|agreed|set up|established))\b|^(?:the )?(?:\S+ ){0,2}(?:group|board|team|partners?) to (?:develop|establish|set up|agree|produce|prepare|review)\b/,
    "Group to be set up and engaged to progress key measures.",
  ),
  rule(
    "scheduled",
    "plan",
    "on-track",
    new RegExp(
      String.raw`\bscheduled\b|\bplanned (?:for|in)\b|\bwill be (?:\S+ ){1,8}(?:in|by|on|during|at) (?:the )?(?:\S+ ){0,3}${month}|\bdue to (?:report|go live|start|begin|launch|complete)\b|\bto go live\b|\bexpected (?:by|in|for)\b|\bthe first meeting of\b|\bbecomes? operational\b`,
    ),
    "Meeting scheduled for 19th December",
  ),
];

/**
 * The built-in status rules, by kind: status words first, then wording that withdraws the work,
 * problems, claims about the whole work, steps done or under way, and steps arranged for a date.
 * They were measured against a labelled corpus of progress narratives from the seed returns,
 * the Scottish Government community justice delivery plan updates and partnership reporting
 * (docs/status-rules.md gives the agreement figure and the confusion table).
 *
 * @example
 * ```ts
 * defaultStatusRules.find((rule) => rule.id === "term-part-complete")?.status; // "part-complete"
 * ```
 */
export const defaultStatusRules: readonly StatusRule[] = /* @__PURE__ */ (() => [
  ...terms(),
  ...withdrawn(),
  ...problems(),
  ...claims(),
  ...progress(),
  ...plans(),
])();
