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
 * the length of every string and key against the limits.
 */
export function scanValue(value: unknown, limits: Pick<Limits, "maxDepth" | "maxStringLength">): ValueScan {
  let keys = 0;
  let forbidden = false;
  const values: unknown[] = [value];
  const depths: number[] = [0];
  while (values.length > 0) {
    const next = values.pop();
    const depth = (depths.pop() ?? 0) + 1;
    if (typeof next === "string") {
      if (next.length > limits.maxStringLength) return { keys, forbidden, withinLimits: false };
      continue;
    }
    if (next === null || typeof next !== "object") continue;
    if (depth > limits.maxDepth) return { keys, forbidden, withinLimits: false };
    if (Array.isArray(next)) {
      for (const item of next) {
        values.push(item);
        depths.push(depth);
      }
      continue;
    }
    for (const key in next) {
      keys++;
      if (FORBIDDEN_KEYS.has(key)) forbidden = true;
      if (key.length > limits.maxStringLength) return { keys, forbidden, withinLimits: false };
      values.push((next as Record<string, unknown>)[key]);
      depths.push(depth);
    }
  }
  return { keys, forbidden, withinLimits: true };
}
