// Validates Mermaid diagrams with the real mermaid.js parser, as a warm process.
//
// Protocol (one JSON object per line):
//   stdout, once at start:  {"ready": true, "mermaid": "<version>"}
//   stdin:                  {"id": <any>, "text": "<diagram>"}
//   stdout, one per input:  {"id": ..., "ok": true, "type": "er", "details": {...}}
//                        or {"id": ..., "ok": false, "error": {"message": "...", "line": N|null, "column": N|null}}
// Lines and columns are 1-based and refer to the text as sent (mermaid strips front matter, directives and
// comments before parsing; positions are mapped back). Everything mermaid logs goes to stderr.
//
// Usage: node mermaid_check.mjs <node_modules dir>

import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const nodeModulesArg = process.argv[2] || process.env.ARCHITECT_AI_NODE_MODULES;
if (!nodeModulesArg) {
  process.stderr.write("usage: node mermaid_check.mjs <node_modules dir>\n");
  process.exit(2);
}
const nodeModules = resolve(nodeModulesArg);

// Keep stdout for the protocol only.
const toStderr = (...args) => process.stderr.write(args.map(String).join(" ") + "\n");
console.log = console.info = console.debug = console.warn = console.error = console.trace = toStderr;

// Mermaid needs a DOM even to parse (DOMPurify, d3 selections, text measuring).
let mermaid;
let version;
try {
  const require = createRequire(join(nodeModules, "noop.js"));
  const { JSDOM } = require("jsdom");
  const dom = new JSDOM("<!DOCTYPE html><html><body></body></html>", { pretendToBeVisual: true });
  for (const key of ["window", "document", "navigator", "Element", "HTMLElement", "SVGElement", "Node", "DOMParser",
    "MutationObserver", "getComputedStyle"]) {
    if (globalThis[key] === undefined) {
      Object.defineProperty(globalThis, key, { value: key === "window" ? dom.window : dom.window[key],
        configurable: true, writable: true });
    }
  }
  const mermaidUrl = pathToFileURL(join(nodeModules, "mermaid", "dist", "mermaid.core.mjs")).href;
  ({ default: mermaid } = await import(mermaidUrl));
  version = require("mermaid/package.json").version;
  mermaid.initialize({ startOnLoad: false, securityLevel: "strict", logLevel: "fatal" });
} catch (error) {
  // One line: Python reports the last stderr line.
  process.stderr.write(`cannot load mermaid/jsdom from ${nodeModules}: ${String(error?.message ?? error)
    .split("\n")[0]}\n`);
  process.exit(3);
}

// The same regular expressions mermaid's preprocessing uses (src/diagram-api/regexes.ts, comments.ts).
const FRONT_MATTER = /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/s;
const DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
const COMMENT_LINE = /^\s*%%(?!{)[^\n]+\n?/gm;

/** Drops the characters of every match, keeping `origin` (original offset per character) in step. */
function dropMatches(state, regex) {
  let text = "";
  const origin = [];
  let last = 0;
  for (const match of state.text.matchAll(regex)) {
    if (match[0].length === 0) continue;
    text += state.text.slice(last, match.index);
    origin.push(...state.origin.slice(last, match.index));
    last = match.index + match[0].length;
  }
  text += state.text.slice(last);
  origin.push(...state.origin.slice(last));
  return { text, origin };
}

/** Replays mermaid's preprocessing and remembers where each remaining character came from. */
function preprocessedOrigin(raw) {
  const normal = raw.replace(/\r\n?/g, "\n");
  let state = { text: normal, origin: Array.from({ length: normal.length }, (_, i) => i) };
  const front = state.text.match(FRONT_MATTER);
  if (front) state = { text: state.text.slice(front[0].length), origin: state.origin.slice(front[0].length) };
  state = dropMatches(state, DIRECTIVE);
  state = dropMatches(state, COMMENT_LINE);
  const lead = state.text.length - state.text.trimStart().length;
  return { normal, text: state.text.slice(lead), origin: state.origin.slice(lead) };
}

/** Maps a 1-based (line, column) of the preprocessed text to the text as sent. */
function mapPosition(raw, line, column) {
  const { normal, text, origin } = preprocessedOrigin(raw);
  let start = 0;
  for (let n = 1; n < line && start <= text.length; n++) {
    const next = text.indexOf("\n", start);
    start = next < 0 ? text.length + 1 : next + 1;
  }
  const offset = start + Math.max(0, (column ?? 1) - 1);
  const contentEnd = normal.trimEnd().length;
  let source;
  if (offset < origin.length) source = origin[offset];
  else if (origin.length) source = origin[origin.length - 1] + 1 + (offset - origin.length);
  else source = normal.length;
  // Past the content (an error at EOF): point just after the last character that isn't whitespace.
  if (source > contentEnd) source = contentEnd;
  const before = normal.slice(0, source);
  const mappedLine = before.split("\n").length;
  const mappedColumn = source - (before.lastIndexOf("\n") + 1) + 1;
  return { line: mappedLine, column: column == null ? null : mappedColumn };
}

/** Line and column (1-based, preprocessed text) of a parse error, or nulls when mermaid gives none. */
function errorPosition(error) {
  const loc = error?.hash?.loc;
  if (loc && Number.isInteger(loc.first_line)) {
    return { line: loc.first_line, column: Number.isInteger(loc.first_column) ? loc.first_column + 1 : null };
  }
  const message = String(error?.message ?? "");
  let match = message.match(/line (\d+), column (\d+)/);
  if (match) return { line: Number(match[1]), column: Number(match[2]) };
  match = message.match(/(?:Parse|Lexical) error on line (\d+)/);
  if (match) return { line: Number(match[1]), column: null };
  if (Number.isInteger(error?.hash?.line)) return { line: error.hash.line + 1, column: null };
  return { line: null, column: null };
}

const UNKNOWN_TYPE = /^No diagram type detected matching given configuration for text: /;
const QUOTE_CHARS = 60;

function errorResult(id, text, error) {
  let message = String(error?.message ?? error ?? "unknown error");
  if (UNKNOWN_TYPE.test(message)) {
    // mermaid quotes the whole text here; a first line is enough.
    const start = text.trim().split("\n")[0].slice(0, QUOTE_CHARS);
    message = `No diagram type detected: the text must start with a diagram keyword such as flowchart, ` +
      `sequenceDiagram or erDiagram (it starts with ${JSON.stringify(start)})`;
  }
  let { line, column } = errorPosition(error);
  if (line != null) {
    const mapped = mapPosition(text, line, column);
    // Rewrite every "… error on line N[, column M]" in the message to the text's own coordinates (a jison message
    // names the line where the parser gave up; use the offending token's line, as `line` does).
    message = message.replace(/(error on line )(\d+)(?:, column (\d+))?/g, (_, prefix, l, c) => {
      if (c === undefined) return `${prefix}${error?.hash?.loc ? mapped.line : mapPosition(text, Number(l), null).line}`;
      const m = mapPosition(text, Number(l), Number(c));
      return `${prefix}${m.line}, column ${m.column}`;
    });
    ({ line, column } = mapped);
  }
  return { id, ok: false, type: detectedType(text), error: { message, line, column } };
}

/** The diagram type the text declares, even when it does not parse (null when none is recognised). */
function detectedType(text) {
  try {
    return mermaid.detectType(text);
  } catch {
    return null;
  }
}

const size = (collection) => (collection?.size ?? collection?.length ?? 0);

/** Counts from the diagram's db that later checks rely on (min_entities, min_participants, …). */
const DETAILS = {
  er(db) {
    const entities = [...db.getEntities().values()];
    return {
      entities: entities.length,
      relationships: size(db.getRelationships()),
      attributes: entities.reduce((sum, entity) => sum + size(entity.attributes), 0),
    };
  },
  sequence(db) {
    const actors = [...db.getActors().values()];
    const NOTE = db.LINETYPE?.NOTE ?? 2;
    const messages = db.getMessages();
    return {
      participants: actors.length,
      actors: actors.filter((actor) => actor.type === "actor").length,
      messages: messages.filter((m) => m.from && m.to && m.type !== NOTE).length,
      notes: messages.filter((m) => m.type === NOTE).length,
    };
  },
  flowchart(db) {
    return { nodes: size(db.getVertices()), edges: size(db.getEdges()), subgraphs: size(db.getSubGraphs()) };
  },
  classDiagram(db) {
    return { classes: size(db.getClasses()), relations: size(db.getRelations()), namespaces: size(db.getNamespaces()) };
  },
  stateDiagram(db) {
    const { nodes, edges } = db.getData();
    const notes = new Set(nodes.filter((n) => n.shape === "note" || n.shape === "noteGroup").map((n) => n.id));
    const pseudo = new Set(["stateStart", "stateEnd", "note", "noteGroup"]);
    return {
      states: nodes.filter((n) => !pseudo.has(n.shape)).length,
      transitions: edges.filter((e) => !notes.has(e.start) && !notes.has(e.end)).length,
    };
  },
};
const DETAIL_KIND = {
  er: "er", sequence: "sequence", flowchart: "flowchart", "flowchart-v2": "flowchart", "flowchart-elk": "flowchart",
  graph: "flowchart", classDiagram: "classDiagram", class: "classDiagram", stateDiagram: "stateDiagram",
  state: "stateDiagram",
};

function details(diagram) {
  const kind = DETAIL_KIND[diagram.type];
  if (!kind) return {};
  try {
    return DETAILS[kind](diagram.db);
  } catch (error) {
    toStderr(`details for ${diagram.type} failed: ${error?.message ?? error}`);
    return {};
  }
}

const HAS_CONFIG = /^[^\S\n\r]*-{3}\s*[\n\r]|%%\{/;
let configDirty = false;

/**
 * Parses `text` once and returns mermaid's Diagram (type + db).
 *
 * `mermaid.parse` is preprocess + reset config + apply front-matter/directive config + `getDiagramFromText`, and
 * throws away the Diagram. Parsing is dominated by mermaid's config copies, so a text without front matter or
 * directives goes straight to `getDiagramFromText` (same parser, same errors, half the time); a text with them goes
 * through `mermaid.parse` first so its config applies, exactly as when mermaid renders it.
 */
async function parseDiagram(text) {
  if (HAS_CONFIG.test(text)) {
    await mermaid.parse(text);
    configDirty = true;
  } else if (configDirty) {
    mermaid.mermaidAPI.reset();
    configDirty = false;
  }
  return mermaid.mermaidAPI.getDiagramFromText(text);
}

async function handle(line) {
  let request;
  try {
    request = JSON.parse(line);
  } catch (error) {
    return { id: null, ok: false, error: { message: `bad request: ${error.message}`, line: null, column: null } };
  }
  const { id = null, text } = request ?? {};
  if (typeof text !== "string") {
    return { id, ok: false, error: { message: "bad request: text must be a string", line: null, column: null } };
  }
  try {
    const diagram = await parseDiagram(text);
    return { id, ok: true, type: diagram.type, details: details(diagram) };
  } catch (error) {
    return errorResult(id, text, error);
  }
}

process.stdout.write(JSON.stringify({ ready: true, mermaid: version }) + "\n");
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  let reply;
  try {
    reply = await handle(line);
  } catch (error) {
    reply = { id: null, ok: false, error: { message: `validator error: ${error?.message ?? error}`, line: null,
      column: null } };
  }
  process.stdout.write(JSON.stringify(reply) + "\n");
}
