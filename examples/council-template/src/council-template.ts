import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from "docx";

// A council's branded template as its office would make it in Word: a logo and letterhead in the
// header, its own fonts and heading colour, and {{placeholders}} where cja-kit's content goes.
// Built here with the docx library so the example needs no file of its own.

const LOGO = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="),
  (char) => char.charCodeAt(0),
);
const BRAND = "00573F";

// One heading look for every level the report uses, space after each paragraph as the council's
// Normal style has it, and page numbers in the footer: what a clerk expects of a council paper.
const heading = {
  run: { font: "Georgia", size: 26, bold: true, color: BRAND },
  paragraph: { spacing: { before: 240, after: 120 } },
};

/** The template's bytes. */
export async function councilTemplate(): Promise<Uint8Array> {
  const document = new Document({
    creator: "South Lanarkshire Council",
    styles: {
      default: {
        document: { run: { font: "Georgia", size: 22 }, paragraph: { spacing: { after: 120 } } },
        title: {
          run: { font: "Georgia", size: 36, bold: true, color: BRAND },
          paragraph: { spacing: { after: 240 } },
        },
        heading1: heading,
        heading2: heading,
      },
    },
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [
                  new TextRun("{{logo}}"),
                  new TextRun({ text: "  SOUTH LANARKSHIRE COUNCIL", bold: true, color: BRAND }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph("Council Offices, Almada Street, Hamilton ML3 0AA · {{footerNote}}"),
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun("{{subject}}")] }),
          new Paragraph({
            children: [new TextRun({ text: "Report to: ", bold: true }), new TextRun("{{meeting}}")],
          }),
          new Paragraph({
            children: [new TextRun({ text: "Report by: ", bold: true }), new TextRun("{{reportBy}}")],
          }),
          new Paragraph("{{body}}"),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** The council's logo for the {{logo}} placeholder (a placeholder image here). */
export const councilLogo = {
  data: LOGO,
  type: "png" as const,
  width: 40,
  height: 20,
  altText: "South Lanarkshire Council logo",
};
