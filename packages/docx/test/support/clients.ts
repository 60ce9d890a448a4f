import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

const PYTHON = "/usr/bin/python3";

const runs = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 30_000 });
  return result.status === 0;
};

/**
 * What is missing of the real clients, in words; empty when all are installed. CI sets
 * CJA_KIT_REAL_CLIENTS=required: then a missing client fails the run instead of skipping checks;
 * CJA_KIT_REAL_CLIENTS=skip skips them (CI opens the files in the clients on one Node line only).
 */
export function missingClients(): { libreoffice?: string; pythonDocx?: string } {
  if (process.env.CJA_KIT_REAL_CLIENTS === "skip") {
    const skipped = "skipped (CJA_KIT_REAL_CLIENTS=skip): CI runs the real clients on one Node line";
    return { libreoffice: skipped, pythonDocx: skipped };
  }
  const missing = found();
  if (process.env.CJA_KIT_REAL_CLIENTS === "required" && Object.keys(missing).length > 0) {
    throw new Error(`Real clients are required here but missing: ${Object.values(missing).join("; ")}`);
  }
  return missing;
}

function found(): { libreoffice?: string; pythonDocx?: string } {
  return {
    ...(runs("soffice", ["--version"]) && runs("pdfinfo", ["-v"])
      ? {}
      : {
          libreoffice:
            "LibreOffice (soffice) or poppler-utils (pdfinfo) is not installed: apt-get install -y libreoffice-writer-nogui poppler-utils",
        }),
    ...(runs(PYTHON, ["-c", "import docx"])
      ? {}
      : { pythonDocx: "python-docx is not installed for /usr/bin/python3: apt-get install -y python3-docx" }),
  };
}

/** A fresh temporary directory. */
export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `cja-docx-${prefix}-`));

/**
 * Converts files with LibreOffice, in one run with a profile of its own, into a fresh folder;
 * `to` is LibreOffice's filter, e.g. `pdf` or `docx:MS Word 2007 XML`.
 */
export function convertWithLibreOffice(files: readonly string[], to: string): string {
  const out = tempDir("lo-out");
  const profile = tempDir("profile");
  try {
    spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        to,
        "--outdir",
        out,
        ...files,
      ],
      { encoding: "utf8", timeout: 240_000 },
    );
    return out;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Each PDF's page count by the .docx file's name (0 when LibreOffice made no PDF). */
export function pdfPages(files: readonly string[]): Record<string, number> {
  const out = convertWithLibreOffice(files, "pdf");
  const made = new Set(readdirSync(out));
  return Object.fromEntries(
    files.map((file) => {
      const pdf = `${basename(file).replace(/\.docx$/, "")}.pdf`;
      if (!made.has(pdf)) return [basename(file), 0];
      const info = execFileSync("pdfinfo", [join(out, pdf)], { encoding: "utf8" });
      return [basename(file), Number(info.match(/^Pages:\s+(\d+)/m)?.[1] ?? 0)];
    }),
  );
}

const READ_DOCX = `
import json, sys, docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

def walk(parent, element, out):
    for child in element.iterchildren():
        if child.tag == qn("w:p"):
            out["paragraphs"].append({"text": Paragraph(child, parent).text, "style": Paragraph(child, parent).style.name})
        elif child.tag == qn("w:tbl"):
            table = Table(child, parent)
            for row in table.rows:
                for cell in row.cells:
                    walk(cell, cell._tc, out)
        elif child.tag == qn("w:sdt"):
            walk(parent, child, out)

d = docx.Document(sys.argv[1])
out = {"paragraphs": [], "headers": [], "footers": [], "language": None, "title": d.core_properties.title,
       "author": d.core_properties.author, "created": d.core_properties.created.isoformat() if d.core_properties.created else None,
       "landscape": [s.orientation == 1 for s in d.sections], "tables": len(d.tables)}
walk(d, d.element.body, out)
for s in d.sections:
    out["headers"].append(" ".join(p.text for p in s.header.paragraphs))
    out["footers"].append(" ".join(p.text for p in s.footer.paragraphs))
styles = d.styles.element
lang = styles.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr") + "/" + qn("w:lang"))
out["language"] = None if lang is None else lang.get(qn("w:val"))
print(json.dumps(out))
`;

/** What python-docx reads in a .docx: every paragraph (body and cells) with its style, and more. */
export type PythonDocxReading = {
  paragraphs: Array<{ text: string; style: string }>;
  headers: string[];
  footers: string[];
  language: string | null;
  title: string;
  author: string;
  created: string | null;
  landscape: boolean[];
  tables: number;
};

/** Reads a .docx with python-docx. */
export function readWithPythonDocx(bytes: Uint8Array): PythonDocxReading {
  const dir = tempDir("py");
  try {
    const file = join(dir, "in.docx");
    writeFileSync(file, bytes);
    const json = execFileSync(PYTHON, ["-c", READ_DOCX, file], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(json) as PythonDocxReading;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
