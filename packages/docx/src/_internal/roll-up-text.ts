import type { RollUp, RollUpOptions, RollUpRule } from "@cja-kit/core";
import { Paragraph, TextRun } from "docx";
import { at, type Context, type Where } from "./context";
import { hanging, INDENT, numbered } from "./report-body";
import { LIST } from "./styles";
import { textRuns } from "./text-runs";

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** How a rule rates a group, in a sentence about `noun`s ("outcome", "theme"). */
export function ruleSentence(rule: RollUpRule, noun: string): string {
  const each = `Each ${noun}`;
  switch (rule.kind) {
    case "worst-of":
      return `${each} takes the worst rating of its rated actions: red if any is red, else amber if any is amber, else green.`;
    case "majority":
      return `${each} takes the rating most of its rated actions have; a tie goes to the worse.`;
    case "share":
      return `${each} is red when at least ${percent(rule.red)} of its rated actions are red, amber when at least ${percent(rule.amber)} are red or amber, and green otherwise.`;
    case "reported-only":
      return `${each} takes the worst of the ratings its actions' returns give or their status words carry, leaving aside what the plan's dates add.`;
    case "custom":
      return `${each} is rated by the rule "${rule.label}".`;
    default: {
      const never: never = rule;
      return never;
    }
  }
}

/** What happens to a group with few of its actions rated, as {@link RollUpOptions} set it. */
export function coverageSentence(options: RollUpOptions, noun: string): string {
  const least = percent(options.minCoverage ?? 0.5);
  const a = /^[aeiou]/i.test(noun) ? "An" : "A";
  return options.belowCoverage === "flag"
    ? `${a} ${noun} with fewer than ${least} of its actions rated is still rated, and marked "Low coverage".`
    : `${a} ${noun} with fewer than ${least} of its actions rated is not rated.`;
}

/** The id a roll-up carries for a rule: the preset's kind, or a custom rule's id. */
export const ruleId = (rule: RollUpRule): string => (rule.kind === "custom" ? rule.id : rule.kind);

/** Which deciding actions are listed under a reason. */
export type ActionsShown = "red-and-amber" | "all" | "none";

const listed = (r: RollUp, shown: ActionsShown) =>
  shown === "all" || (shown === "red-and-amber" && (r.rag === "red" || r.rag === "amber")) ? r.drivers : [];

const checkSentence = (n: number) =>
  `${n === 1 ? "one of its actions" : `${n} of its actions`}: what the return reports disagrees with the plan's dates or with the return's own rating.`;

const body = (context: Context, text: string, where: Where, bold?: boolean) =>
  new Paragraph({
    indent: { left: INDENT },
    children: [
      ...(bold ? [new TextRun({ text: "Please check ", bold: true })] : []),
      ...textRuns(context, text, where),
    ],
  });

/**
 * A roll-up's reason as a numbered paragraph of the report: its name in bold, core's reason,
 * the checks on its actions, and the actions that decided it, each with its own reason.
 */
export function reasonParagraphs(
  context: Context,
  r: RollUp,
  number: string | undefined,
  where: Where,
  shown: ActionsShown,
): Paragraph[] {
  return [
    new Paragraph({
      ...hanging,
      keepNext: true,
      spacing: { after: 60 },
      children: [
        ...numbered(context, number, where),
        ...textRuns(context, r.label, at(where, "label"), { bold: true }),
      ],
    }),
    body(context, r.because, at(where, "because")),
    ...(r.checks > 0 ? [body(context, checkSentence(r.checks), at(where, "checks"), true)] : []),
    ...listed(r, shown).map(
      (d, i) =>
        new Paragraph({
          numbering: { reference: LIST.bullet, level: 0 },
          indent: { left: INDENT + 360, hanging: 360 },
          children: textRuns(context, `${d.label}: ${d.because}`, at(where, "drivers", i)),
        }),
    ),
  ];
}
