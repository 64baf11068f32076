// `npm run --silent cli -- <verb> …`: the operator's door to the same core the bot uses.
// Standard output carries only results; logs and warnings go to standard error.
import { processIo } from './cli/cli-io';
import { runVerb } from './cli/run-verb';

runVerb(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
