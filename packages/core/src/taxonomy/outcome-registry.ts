import { cjOpi2016 } from "./frameworks/cj-opi-2016";
import { cjOpi2016ToCjpf2023 } from "./frameworks/cj-opi-2016-to-cjpf-2023";
import { cjpf2023 } from "./frameworks/cjpf-2023";
import { cjpf2023ToNscj2022 } from "./frameworks/cjpf-2023-to-nscj-2022";
import { nab2008 } from "./frameworks/nab-2008";
import { nab2008ToCjOpi2016 } from "./frameworks/nab-2008-to-cj-opi-2016";
import { nab2008ToNsmo2006 } from "./frameworks/nab-2008-to-nsmo-2006";
import { nscj2016 } from "./frameworks/nscj-2016";
import { nscj2022 } from "./frameworks/nscj-2022";
import { nsmo2006 } from "./frameworks/nsmo-2006";
import { sgNationalOutcomes2007 } from "./frameworks/sg-national-outcomes-2007";
import type { OutcomeFramework } from "./outcome-framework";
import type { OutcomeMapping } from "./outcome-mapping";

/**
 * The frameworks and mappings references are resolved against: plain data, extended by
 * {@link createRegistry} with a partnership's own frameworks.
 *
 * @example
 * ```ts
 * const registry: OutcomeRegistry = { frameworks: { "nab-2008": nab2008 }, mappings: [] };
 * ```
 */
export type OutcomeRegistry = {
  readonly frameworks: Readonly<Record<string, OutcomeFramework>>;
  readonly mappings: readonly OutcomeMapping[];
};

/**
 * Every framework and mapping shipped with cja-kit: the CJA era's `nsmo-2006`, `nab-2008` and
 * `sg-national-outcomes-2007`; today's `nscj-2016`, `cj-opi-2016`, `nscj-2022` and `cjpf-2023`;
 * and the mappings `nab-2008` → `nsmo-2006`, `nab-2008` → `cj-opi-2016`, `cj-opi-2016` →
 * `cjpf-2023` and `cjpf-2023` → `nscj-2022`, each with its basis.
 *
 * @example
 * ```ts
 * Object.keys(builtInRegistry.frameworks);
 * // ["nsmo-2006", "nab-2008", "sg-national-outcomes-2007", "nscj-2016", "cj-opi-2016", "nscj-2022", "cjpf-2023"]
 * ```
 */
export const builtInRegistry: OutcomeRegistry = {
  frameworks: {
    "nsmo-2006": nsmo2006,
    "nab-2008": nab2008,
    "sg-national-outcomes-2007": sgNationalOutcomes2007,
    "nscj-2016": nscj2016,
    "cj-opi-2016": cjOpi2016,
    "nscj-2022": nscj2022,
    "cjpf-2023": cjpf2023,
  },
  mappings: [nab2008ToNsmo2006, nab2008ToCjOpi2016, cjOpi2016ToCjpf2023, cjpf2023ToNscj2022],
};
