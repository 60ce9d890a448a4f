import { SaxesParser } from "./deps/saxes";

class Refused extends Error {}

/** The text of an XML part: UTF-8 (Word's), or UTF-16 where the part starts with its byte order mark. */
export function decodeXml(bytes: Uint8Array): string | undefined {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : "utf-8";
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Why an XML part of a template is refused, or undefined when it is well-formed XML 1.0 with
 * namespaces and no document type declaration. A DOCTYPE is refused outright, as Word never
 * writes one and it is how external entities (XXE) and entity expansion ("billion laughs") get in.
 */
export function xmlPartProblem(text: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let problem: string | undefined;
  parser.on("doctype", () => {
    problem =
      "it declares a document type (DOCTYPE), which can define entities that read files or expand without end";
    throw new Refused();
  });
  parser.on("error", (error) => {
    problem = `it is not well-formed XML (${error.message})`;
    throw new Refused();
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (!(error instanceof Refused)) problem = "it is not well-formed XML";
  }
  return problem;
}
