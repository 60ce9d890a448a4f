import { describe, expect, it } from "vitest";
import { handZip } from "../../test/support/zip-bytes";
import { stylesPart } from "./styles-part";
import { workbookPackage } from "./workbook-package";
import { zipDirectory } from "./zip-directory";

const limits = { maxBytes: 1_000_000, maxEntries: 100 };

function stylesOf(xml: string | undefined) {
  const bytes = handZip([{ name: "xl/styles.xml", data: xml ?? "<styleSheet/>" }]);
  const entries = zipDirectory(bytes, limits);
  if (!Array.isArray(entries)) throw new Error(entries.message);
  return stylesPart(
    workbookPackage(bytes, entries, 1_000_000),
    xml === undefined ? undefined : "xl/styles.xml",
  );
}

// The fills and cell formats of an officer's RAG tracker as openpyxl writes them (the East
// Dunbartonshire fixture of test/fixtures/officer): Excel's "Good", "Neutral" and "Bad" colours.
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const TRACKER = `<styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="mmm-yy"/><numFmt numFmtId="165" formatCode="&quot;£&quot;#,##0"/></numFmts>
<fills count="5"><fill><patternFill/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="00C6EFCE"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="00FFEB9C"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFFFF"/></patternFill></fill></fills>
<cellStyleXfs count="1"><xf numFmtId="14" fillId="2"/></cellStyleXfs>
<cellXfs count="6"><xf numFmtId="0" fillId="0"/><xf numFmtId="164" fillId="0"/><xf numFmtId="165" fillId="2"/><xf numFmtId="14" fillId="3"/><xf numFmtId="0" fillId="4"/><xf/></cellXfs></styleSheet>`;

describe("stylesPart", () => {
  it("gives each cell format's number format and fill colour from one read", () => {
    const { formats, fills, issue } = stylesOf(TRACKER);
    expect(issue).toBeUndefined();
    expect(formats.map((f) => [f.code, f.date])).toEqual([
      ["General", false],
      ["mmm-yy", true],
      ['"£"#,##0', false],
      ["dd/mm/yyyy", true],
      ["General", false],
      ["General", false],
    ]);
    // gray125 is a pattern, not a colour; white is no colour; cellStyleXfs are not cell formats.
    expect(fills).toEqual([undefined, undefined, "#C6EFCE", "#FFEB9C", undefined, undefined]);
  });

  it("reads elements whatever their prefix, and theme and palette colours", () => {
    const xml = `<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:numFmts><x:numFmt numFmtId="170" formatCode="0.0%"/></x:numFmts><x:fills><x:fill><x:patternFill patternType="solid"><x:fgColor theme="5"/></x:patternFill></x:fill><x:fill><x:patternFill patternType="solid"><x:fgColor indexed="10"/></x:patternFill></x:fill><x:fill><x:patternFill patternType="solid"><x:fgColor theme="0"/></x:patternFill></x:fill></x:fills><x:cellXfs><x:xf numFmtId="170" fillId="0"/><x:xf numFmtId="x" fillId="1"/><x:xf fillId="2"/></x:cellXfs></x:styleSheet>`;
    const { formats, fills } = stylesOf(xml);
    expect(formats.map((f) => f.code)).toEqual(["0.0%", "General", "General"]);
    expect(fills).toEqual(["theme colour 5", "palette colour 10", undefined]);
  });

  it("gives nothing, and no issue, for a workbook with no styles part", () => {
    expect(stylesOf(undefined)).toEqual({ formats: [], fills: [] });
  });

  it("gives the damage of a part that is not well-formed, the formats read before it and no fills", () => {
    const cut = TRACKER.replace('<xf numFmtId="0" fillId="4"/>', '<xf numFmtId="0" fillId="4">');
    const { formats, fills, issue } = stylesOf(cut);
    expect(issue?.code).toBe("xlsx/bad-xml");
    expect(issue?.actual).toBe("xl/styles.xml");
    expect(formats.map((f) => f.code)).toEqual([
      "General",
      "mmm-yy",
      '"£"#,##0',
      "dd/mm/yyyy",
      "General",
      "General",
    ]);
    expect(fills).toEqual([]);
  });

  it("refuses a styles part that declares a DTD, reading no entity", () => {
    const xml = `<!DOCTYPE styleSheet [<!ENTITY a "aaaa">]>${TRACKER}`;
    const { fills, issue } = stylesOf(xml);
    expect(issue?.code).toBe("xlsx/doctype");
    expect(fills).toEqual([]);
  });
});
