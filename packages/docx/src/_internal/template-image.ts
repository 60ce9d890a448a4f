import type { Issue } from "@cja-kit/core";
import type { TemplateImage } from "../template/fill-template";

/** The largest side of an image fill in pixels: 10,000 px is over 2.6 m at 96 to the inch. */
const MAX_SIDE = 10_000;

const SIGNATURES: Record<TemplateImage["type"], readonly number[]> = {
  png: [0x89, 0x50, 0x4e, 0x47],
  jpg: [0xff, 0xd8, 0xff],
  gif: [0x47, 0x49, 0x46, 0x38],
  bmp: [0x42, 0x4d],
};

const error = (key: string, field: string, message: string): Issue => ({
  code: "docx/template-image-invalid",
  severity: "error",
  path: ["images", key, field],
  message,
});

function sideIssue(key: string, field: "width" | "height", value: unknown): Issue | undefined {
  if (typeof value === "number" && Number.isFinite(value) && value > 0 && value <= MAX_SIDE) return undefined;
  return error(
    key,
    field,
    `The image for {{${key}}} has ${field} ${String(value)}; give a number of pixels above 0 and at most ${MAX_SIDE}.`,
  );
}

/** The issues of an image fill: its size a positive number of pixels, its bytes of the type it names. */
export function templateImageIssues(key: string, image: TemplateImage): Issue[] {
  const bytes = image.data instanceof Uint8Array ? image.data : new Uint8Array(image.data);
  const signature = SIGNATURES[image.type];
  const typeIssue =
    signature === undefined
      ? error(
          key,
          "type",
          `The image for {{${key}}} has type ${JSON.stringify(image.type)}; give png, jpg, gif or bmp.`,
        )
      : signature.every((byte, i) => bytes[i] === byte)
        ? undefined
        : error(
            key,
            "data",
            `The image for {{${key}}} is said to be ${image.type} but its bytes are not a ${image.type} file; give the picture's own bytes and type.`,
          );
  return [sideIssue(key, "width", image.width), sideIssue(key, "height", image.height), typeIssue].filter(
    (issue): issue is Issue => issue !== undefined,
  );
}
