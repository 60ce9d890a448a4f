import { describe, expect, it } from "vitest";
import * as z from "zod";
import { currentSpecs } from "./format-specs";

/** Every schema reachable from one, through the definitions zod keeps (lazy ones included). */
function reachable(root: z.core.$ZodType): z.core.$ZodType[] {
  const seen = new Set<z.core.$ZodType>();
  const visit = (schema: z.core.$ZodType) => {
    if (seen.has(schema)) return;
    seen.add(schema);
    const def = schema._zod.def as unknown as Record<string, unknown>;
    const children = [
      def.innerType,
      def.element,
      def.valueType,
      def.keyType,
      def.in,
      def.out,
      def.catchall,
      ...Object.values((def.shape as Record<string, unknown> | undefined) ?? {}),
      ...((def.options as unknown[] | undefined) ?? []),
      ...((def.items as unknown[] | undefined) ?? []),
      schema instanceof z.core.$ZodLazy ? schema._zod.def.getter() : undefined,
    ];
    for (const child of children) if (child instanceof z.core.$ZodType) visit(child);
  };
  visit(root);
  return [...seen];
}

describe("the format schemas", () => {
  it.each(Object.keys(currentSpecs.formats))(
    "%s: adds no keys of its own (no defaults or transforms), so read can tell dropped keys by counting",
    (format) => {
      const schema = currentSpecs.formats[format as keyof typeof currentSpecs.formats].schema;
      const adding = reachable(schema).filter(
        (each) =>
          each instanceof z.core.$ZodDefault ||
          each instanceof z.core.$ZodPrefault ||
          each instanceof z.core.$ZodCatch ||
          each instanceof z.core.$ZodPipe ||
          each instanceof z.core.$ZodTransform,
      );
      expect(adding.map((each) => each._zod.def.type)).toEqual([]);
      expect(reachable(schema).length).toBeGreaterThan(20);
    },
  );
});
