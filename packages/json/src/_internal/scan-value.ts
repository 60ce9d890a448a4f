import type { Limits } from "./limits";
import { FORBIDDEN_KEYS } from "./parse-text";

/**
 * What a walk over a parsed value found: how many keys its objects hold, whether any key is
 * forbidden, and whether it stays within the depth and string-length limits.
 */
export type ValueScan = { keys: number; forbidden: boolean; withinLimits: boolean };

/**
 * Walks a value JSON.parse returned, without recursion: counts the keys of every object, notes a
 * forbidden key (`__proto__` is an own key there, not a prototype), and checks nesting depth and
 * the length of every string and key against the limits. Strings and other plain values are
 * checked where they are met; only objects and arrays wait on the stack.
 */
export function scanValue(value: unknown, limits: Pick<Limits, "maxDepth" | "maxStringLength">): ValueScan {
  let keys = 0;
  let forbidden = false;
  const over = () => ({ keys, forbidden, withinLimits: false });
  const long = (item: unknown) => typeof item === "string" && item.length > limits.maxStringLength;
  const objects: object[] = [];
  const depths: number[] = [];
  const wait = (item: unknown, depth: number) => {
    if (item === null || typeof item !== "object") return;
    objects.push(item);
    depths.push(depth);
  };
  if (long(value)) return over();
  wait(value, 1);
  while (objects.length > 0) {
    const next = objects.pop() as object;
    const depth = depths.pop() as number;
    if (depth > limits.maxDepth) return over();
    if (Array.isArray(next)) {
      for (const item of next) {
        if (long(item)) return over();
        wait(item, depth + 1);
      }
      continue;
    }
    for (const key in next) {
      keys++;
      if (FORBIDDEN_KEYS.has(key)) forbidden = true;
      const item = (next as Record<string, unknown>)[key];
      if (key.length > limits.maxStringLength || long(item)) return over();
      wait(item, depth + 1);
    }
  }
  return { keys, forbidden, withinLimits: true };
}
