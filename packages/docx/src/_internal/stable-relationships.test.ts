import { strFromU8, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { stableRelationships } from "./stable-relationships";

const rels = (ids: string[]) =>
  strToU8(
    `<Relationships>${ids.map((id, i) => `<Relationship Id="${id}" Type="t" Target="charts/chart${i + 1}.xml"/>`).join("")}</Relationships>`,
  );

describe("stableRelationships", () => {
  it("renames the random ids docx gives charts, in every part that names them, and leaves numbered ids alone", () => {
    const parts = stableRelationships({
      "word/_rels/document.xml.rels": rels(["rId1", "rIdx7-k_2q", "rIdab9"]),
      "word/document.xml": strToU8(
        '<w:p><c:chart r:id="rIdab9"/><c:chart r:id="rIdx7-k_2q"/><w:t>rIdab9</w:t></w:p>',
      ),
      "word/charts/_rels/chart1.xml.rels": strToU8(
        '<Relationships><Relationship Id="rIdq1" Target="x.xlsx"/></Relationships>',
      ),
      "word/charts/chart1.xml": strToU8('<c:externalData r:id="rIdq1"/>'),
      "word/embeddings/x.xlsx": new Uint8Array([1, 2, 3]),
    });
    expect(strFromU8(parts["word/document.xml"] as Uint8Array)).toBe(
      '<w:p><c:chart r:id="rIdPart2"/><c:chart r:id="rIdPart1"/><w:t>rIdab9</w:t></w:p>',
    );
    expect(strFromU8(parts["word/_rels/document.xml.rels"] as Uint8Array)).toContain('Id="rId1"');
    expect(strFromU8(parts["word/charts/chart1.xml"] as Uint8Array)).toBe(
      '<c:externalData r:id="rIdPart3"/>',
    );
    expect(parts["word/embeddings/x.xlsx"]).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("returns the parts as they were when no id is random", () => {
    const parts = { "word/_rels/document.xml.rels": rels(["rId1", "rId2"]) };
    expect(stableRelationships(parts)).toBe(parts);
  });
});
