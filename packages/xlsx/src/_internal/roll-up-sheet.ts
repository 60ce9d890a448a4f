import { canonicalStatuses, canonicalStatusLabels, type RollUp, ragLabels, rags } from "@cja-kit/core";
import { type Cell, type SheetColumn, type SheetSpec, sheetColumns, text } from "./sheet-model";

type Line = { rollUp: RollUp; level: number };
type RollUpColumn = SheetColumn & { cell: (line: Line) => Cell | undefined };

function flatten(rollUps: readonly RollUp[], level: number): Line[] {
  return rollUps.flatMap((rollUp) => [{ rollUp, level }, ...flatten(rollUp.children ?? [], level + 1)]);
}

const count = (value: number): Cell => ({ kind: "number", value, format: "General" });

/**
 * The roll-up sheet: one row per group (sub-groups after their group, with their level), its
 * rating in words and colour, the rule, the counts per canonical status and per rating, the
 * sentence that explains the rating and the actions that decided it, one a line.
 */
export function rollUpSheet(rollUps: readonly RollUp[]): SheetSpec {
  const all: RollUpColumn[] = [
    { label: "Key", width: 18, cell: ({ rollUp }) => text(rollUp.key) },
    { label: "Level", width: 7, cell: ({ level }) => count(level) },
    { label: "Group", width: 36, cell: ({ rollUp }) => text(rollUp.label) },
    { label: "Rating", width: 11, list: "rag", cell: ({ rollUp }) => ({ kind: "rag", rag: rollUp.rag }) },
    { label: "Rule", width: 12, cell: ({ rollUp }) => text(rollUp.rule) },
    { label: "Actions", width: 9, cell: ({ rollUp }) => count(rollUp.total) },
    ...canonicalStatuses.map(
      (status): RollUpColumn => ({
        label: canonicalStatusLabels[status],
        width: 10,
        cell: ({ rollUp }) => count(rollUp.counts.status[status]),
      }),
    ),
    ...rags.map(
      (rag): RollUpColumn => ({
        label: ragLabels[rag],
        width: 9,
        cell: ({ rollUp }) => count(rollUp.counts.rag[rag]),
      }),
    ),
    { label: "Because", width: 48, cell: ({ rollUp }) => text(rollUp.because) },
    {
      label: "Decided by",
      width: 48,
      cell: ({ rollUp }) => text(rollUp.drivers.map((d) => `${d.label}: ${d.because}`).join("\n")),
    },
  ];
  return {
    name: "Roll-up",
    table: true,
    columns: sheetColumns(all),
    rows: flatten(rollUps, 1).map((line) => all.map((column) => column.cell(line))),
  };
}
