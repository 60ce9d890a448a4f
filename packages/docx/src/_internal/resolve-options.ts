import { builtInRegistry, type Column, type OutcomeRegistry } from "@cja-kit/core";
import type { PageNumberEstimator } from "docx";
import {
  type DocxColours,
  defaultColours,
  type PaperSize,
  type RenderOptions,
} from "../options/render-options";

/** Options with every default filled in, in the units docx wants (twips, half-points). */
export type Resolved = {
  paper: { width: number; height: number };
  orientation?: "portrait" | "landscape";
  margin: number;
  font: string;
  size: number;
  tableSize: number;
  colours: DocxColours;
  columns: (inForce: readonly Column[]) => readonly Column[];
  title?: string;
  author?: string;
  subject?: string;
  description?: string;
  keywords?: string;
  created: Date;
  header: boolean;
  footer: boolean;
  language: string;
  registry: OutcomeRegistry;
  pageNumbers?: PageNumberEstimator | false;
};

const TWIPS_PER_MM = 1440 / 25.4;
const PAPER: Record<Exclude<PaperSize, object>, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  A3: { width: 16838, height: 23811 },
  Letter: { width: 12240, height: 15840 },
};

/** Millimetres in twips, rounded. */
export const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);

function paper(size: PaperSize | undefined): { width: number; height: number } {
  if (size === undefined) return PAPER.A4;
  if (typeof size === "string") return PAPER[size];
  return { width: mm(size.width), height: mm(size.height) };
}

function columnsOption(option: RenderOptions["columns"]): Resolved["columns"] {
  if (option === undefined) return (inForce) => inForce;
  if (typeof option === "function") return option;
  return () => option;
}

function createdDate(created: Date | string | undefined): Date {
  const date = created === undefined ? new Date() : new Date(created);
  if (Number.isNaN(date.getTime())) throw new Error(`options.created is not a date: ${String(created)}.`);
  return date;
}

/** Fills in the defaults of {@link RenderOptions}. */
export function resolveOptions(options: RenderOptions): Resolved {
  return {
    paper: paper(options.paperSize),
    ...(options.orientation === undefined ? {} : { orientation: options.orientation }),
    margin: mm(options.marginMm ?? 20),
    font: options.font ?? "Arial",
    size: Math.round((options.fontSize ?? 11) * 2),
    tableSize: Math.round((options.tableFontSize ?? 9) * 2),
    colours: { ...defaultColours, ...options.colours },
    columns: columnsOption(options.columns),
    ...pick(options, ["title", "author", "subject", "description", "keywords"]),
    created: createdDate(options.created),
    header: options.header ?? true,
    footer: options.footer ?? true,
    language: options.language ?? "en-GB",
    registry: options.registry ?? builtInRegistry,
    ...(options.pageNumbers === undefined
      ? {}
      : { pageNumbers: options.pageNumbers as PageNumberEstimator | false }),
  };
}

type TextOption = "title" | "author" | "subject" | "description" | "keywords";

function pick(options: RenderOptions, keys: readonly TextOption[]): Partial<Record<TextOption, string>> {
  const out: Partial<Record<TextOption, string>> = {};
  for (const key of keys) if (options[key] !== undefined) out[key] = options[key];
  return out;
}
