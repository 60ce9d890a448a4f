import type { IndicatorSet } from "@cja-kit/core";
import { Paragraph } from "docx";
import { assemble, contentHeight, contentWidth, type Orientation } from "../_internal/assemble";
import { createContext } from "../_internal/context";
import { indicatorSetCheck } from "../_internal/document-checks";
import { createFigures, withFigures } from "../_internal/indicator-chart";
import { indicatorSection } from "../_internal/indicator-section";
import { indicatorTableLabels } from "../_internal/indicator-table";
import { requireInputs } from "../_internal/input-issues";
import { renderOptionsCheck } from "../_internal/options-issues";
import { periodWords } from "../_internal/period-words";
import { resolveOptions } from "../_internal/resolve-options";
import { rowRoom } from "../_internal/row-room";
import { STYLE } from "../_internal/styles";
import { textRuns } from "../_internal/text-runs";
import { titleBlock } from "../_internal/title-block";
import type { IndicatorOptions } from "../options/indicator-options";
import type { RenderedDocx } from "../rendered-docx";

/** More columns than fit a portrait page's width at table size: the table is set in landscape. */
const PORTRAIT_COLUMNS = 6;

/**
 * Renders a set of indicators as a statistics table or a partnership's performance appendix sets
 * them: the set's title, the body that reports it and its period, then one table, the indicator
 * and its fields (type, reporting measure, data source, baseline, target, as any indicator has
 * them) and one column per period headed as the source heads it, every figure as the source
 * wrote it (`20,508`, `..`), and the trend of each in words ("Up 2,464 from 18,044 in 2010-11 to
 * 20,508 in 2016-17."); the source under the table; then a line chart of each series with three
 * or more figures, captioned, with alt text stating every figure. Set in landscape when the
 * table has more than six columns.
 *
 * @param set - The indicators, with their title, body and source.
 * @param options - The common options, and `charts`; see {@link IndicatorOptions}.
 * @returns The document and the issues met (text cleaned, `indicator/footnotes-merged` where
 * indicators head one period with different footnote markers).
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (a plan or report the schema refuses, a cyclic one, options of the wrong type such as `fontSize: NaN` or `paperSize: "A9"`): checked before anything is rendered, its issues name each place.
 * @example
 * ```ts
 * const rendered = renderIndicatorSet(socialWorkOrders2016_17, { created: "2017-12-19T00:00:00Z" });
 * const blob = await toBlob(rendered);
 * ```
 */
export function renderIndicatorSet(set: IndicatorSet, options: IndicatorOptions = {}): RenderedDocx {
  requireInputs("renderIndicatorSet", [
    ["set", indicatorSetCheck, set],
    ["options", renderOptionsCheck, options],
  ]);
  const context = createContext(resolveOptions(options));
  const own: Orientation =
    indicatorTableLabels(set.indicators).length > PORTRAIT_COLUMNS ? "landscape" : "portrait";
  const o = context.options;
  const lines = [
    { text: set.authority.name, path: ["authority", "name"] },
    ...(set.period === undefined ? [] : [{ text: periodWords(set.period), path: ["period"] }]),
  ];
  const source =
    set.source === undefined
      ? []
      : [
          new Paragraph({
            style: STYLE.small,
            spacing: { before: 60 },
            children: textRuns(context, `Source: ${set.source}`, { path: ["source"] }),
          }),
        ];
  const look = {
    width: contentWidth(o, own),
    rowRoom: rowRoom(contentHeight(o, own)),
    figures: createFigures(),
    charts: options.charts ?? true,
  };
  const children = [
    ...titleBlock(context, set.title, lines),
    ...indicatorSection(
      context,
      set.indicators.map((indicator, i) => ({ indicator, where: { path: ["indicators", i] } })),
      look,
      source,
    ),
  ];
  const rendered = assemble(context, [{ orientation: own, children, firstPage: "untitled" }], {
    title: set.title,
    author: set.authority.name,
  });
  return withFigures(rendered, look.figures);
}
