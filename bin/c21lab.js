#!/usr/bin/env node
// Thin shim: all logic lives in the built entry, which returns an exit code
// instead of calling process.exit (so pending writes and stdout flush first).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
