import * as z from "zod";
import { guarded, isText } from "../_internal/guard";

/**
 * A yes/no cell as written (`YES`, `y`, `No`) and read; `value` is absent when the wording is
 * neither.
 *
 * @example
 * ```ts
 * const flag: YesNo = { raw: "YES", value: true };
 * ```
 */
export const YesNo = /* @__PURE__ */ z
  .object({
    raw: z.string().describe("As written."),
    value: z.boolean().optional().describe("Absent when unreadable."),
  })
  .describe("A yes/no cell as written and read.");
/** A yes/no cell as written and read. */
export type YesNo = z.output<typeof YesNo>;

/**
 * Reads a yes/no cell: `YES`, `Y`, `yes`, `true` are yes; `NO`, `N`, `no`, `false` are no.
 *
 * @param raw - The cell as written.
 * @returns The flag; `value` absent when the wording is neither.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * parseYesNo("YES"); // { raw: "YES", value: true }
 * parseYesNo("maybe"); // { raw: "maybe" }
 * ```
 */
export function parseYesNo(raw: string): YesNo {
  return guarded(
    "parseYesNo",
    () => [["raw", isText, raw]],
    () => parseYesNoOf(raw),
  );
}

function parseYesNoOf(raw: string): YesNo {
  const word = raw.trim().toLowerCase();
  if (["yes", "y", "true"].includes(word)) return { raw, value: true };
  if (["no", "n", "false"].includes(word)) return { raw, value: false };
  return { raw };
}
