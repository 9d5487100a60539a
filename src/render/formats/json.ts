// The JSON format every command shares: its document, two-space indented,
// one line break at the end. Key order is the document's, so output is
// byte-identical for the same input.
import type { OutputFormatter } from './types.js';

export function jsonFormatter<Data, Env>(document: (data: Data, env: Env) => unknown): OutputFormatter<Data, Env> {
  return { format: (data, env) => JSON.stringify(document(data, env), null, 2) + '\n' };
}
