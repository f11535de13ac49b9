#!/usr/bin/env node
// opengov-widgets command-line tools. A small dispatcher: each command is a module in cli/
// exporting `run(args) → exit code`, `usage` and `summary`, loaded only when called.
//
//   npx opengov-widgets complaints publish <records.json|records.csv> <out-dir>
const COMMANDS = {
  'complaints publish': () => import('../cli/complaints-publish.mjs'),
  validate: () => import('../cli/validate.mjs'),
  init: () => import('../cli/init.mjs'),
  import: () => import('../cli/import.mjs'),
};

async function help(out) {
  out('usage: opengov-widgets <command> [options]\n\ncommands:');
  for (const [name, load] of Object.entries(COMMANDS)) {
    const { usage, summary } = await load();
    out(`  ${usage}\n      ${summary}`);
  }
}

const args = process.argv.slice(2);
if (!args.length || args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
  await help(console.log);
  process.exit(args.length ? 0 : 2);
}
// The longest command name that prefixes the arguments ("complaints publish" before "complaints").
const name = Object.keys(COMMANDS)
  .sort((a, b) => b.split(' ').length - a.split(' ').length)
  .find((command) => command.split(' ').every((word, i) => args[i] === word));
if (!name) {
  console.error(`opengov-widgets: unknown command "${args.join(' ')}"`);
  await help(console.error);
  process.exit(2);
}
const module = await COMMANDS[name]();
const rest = args.slice(name.split(' ').length);
if (rest.includes('--help') || rest.includes('-h')) {
  console.log(`usage: opengov-widgets ${module.usage}\n  ${module.summary}`);
  process.exit(0);
}
process.exitCode = await module.run(rest);
