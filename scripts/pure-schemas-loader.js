/**
 * webpack loader (runs on swc's output, so types are gone): marks the zod schema constructions of a module
 * that imports zod as side-effect free — `/*#__PURE__*\/` before every `z.…(` and `…Schema.…(` call — so
 * webpack and terser drop the schemas a bundle never uses, and zod with them when none is used (the pane
 * checks the marks record with a hand-written guard and trusts the built-in template sets; zod loads with
 * nothing it does not need). Calls that act rather than build stay unmarked: z.config and the parse family.
 * webpack judges a call's arguments too, so nested constructions are marked one by one.
 */
const ACTING = new Set(['config', 'parse', 'safeParse', 'parseAsync', 'safeParseAsync', 'decode', 'encode']);

module.exports = function pureSchemas(source) {
  if (!/from\s*['"]zod['"]/.test(source)) return source;
  return source.replace(/(?<![\w$.])(z|[A-Z]\w*Schema)\.(\w+)(?=\s*\()/g, (all, object, method) =>
    ACTING.has(method) ? all : `/*#__PURE__*/ ${all}`,
  );
};
