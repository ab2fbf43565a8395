import { parseArgs } from 'node:util';
import { exitWhenFlushed } from './exit';
import type { Db } from '../store/database';

const USAGE = `usage: provenance <command> [options]

commands:
  import <files or folders…>   import .txt, .md, .html, .json and .jsonl articles into the store
                               (a backup made by export is restored whole)
  export [file]                the whole store as a JSON Lines backup
                               (exit 1 when any input is rejected; --verbose lists each one)
  analyse <files…>             sentences, flags with their cue words, and who is cited, without a database
                               (--json for machine-readable output, --format text for the terminal view)
  trace <file> --sentence <n> --corpus <folder>
                               a claim followed to its origin among the corpus files (--json)
  reanalyse                    re-run the analysers and re-link reuse over the whole store
  reuse <files or folders…>    who copied whom among the files, without a database
                               (--json for machine-readable pairs and passages)
  editor add <name>            create an editor (password on standard input, or PROVENANCE_PASSWORD)
  token create <name> [label]  print a new API token for an editor
  help                         show this message

The store is the embedded database in ./data, or PostgreSQL when DATABASE_URL is set.`;

/**
 * Runs a command against the configured store, opened (and migrated) for it
 * and closed after. Modules load only when a command needs them: the
 * database-free commands start without Prisma.
 */
async function withStore(run: (db: Db) => Promise<number>): Promise<number> {
  const [{ loadConfig }, { targetFor }, { openStore }] = await Promise.all([import('../config'), import('../store/database'), import('../store/open')]);
  const store = await openStore(targetFor(loadConfig()));
  try {
    return await run(store.prisma);
  } finally {
    await store.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const args = rest.filter((a) => !a.startsWith('--'));
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  switch (command) {
    case 'import': {
      if (args.length === 0) {
        console.error('provenance import: name at least one file or folder');
        return 2;
      }
      const { importCommand } = await import('./import');
      return withStore((db) => importCommand(db, args, { quiet: flags.has('--quiet'), verbose: flags.has('--verbose') }));
    }
    case 'reanalyse':
    case 'reanalyze': {
      const { reanalyseCommand } = await import('./reanalyse');
      return withStore((db) => reanalyseCommand(db));
    }
    case 'analyse':
    case 'analyze': {
      if (args.length === 0) {
        console.error('provenance analyse: name at least one file');
        return 2;
      }
      const { analyseCommand } = await import('./analyse');
      return analyseCommand(args.filter((a) => a !== 'text'), { json: flags.has('--json'), colour: Boolean(process.stdout.isTTY) && !flags.has('--no-colour') });
    }
    case 'trace': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { sentence: { type: 'string' }, corpus: { type: 'string', multiple: true }, json: { type: 'boolean' } },
      });
      const index = Number(values.sentence);
      if (positionals.length !== 1 || !Number.isInteger(index) || index < 0 || !values.corpus?.length) {
        console.error('usage: provenance trace <file> --sentence <n> --corpus <folder> [--json]');
        return 2;
      }
      const { traceCommand } = await import('./trace');
      return traceCommand(positionals[0], index, values.corpus, { json: Boolean(values.json) });
    }
    case 'reuse': {
      if (args.length === 0) {
        console.error('provenance reuse: name at least one file or folder');
        return 2;
      }
      const { reuseCommand } = await import('./reuse');
      return reuseCommand(args, { json: flags.has('--json') });
    }
    case 'export': {
      const { exportCommand } = await import('./export');
      return withStore((db) => exportCommand(db, args[0]));
    }
    case 'editor':
    case 'token': {
      const [verb, name, label] = args;
      if (!name || (command === 'editor' && verb !== 'add') || (command === 'token' && verb !== 'create')) {
        console.error(command === 'editor' ? 'usage: provenance editor add <name>' : 'usage: provenance token create <name> [label]');
        return 2;
      }
      const { editorAddCommand, tokenCreateCommand } = await import('./editors');
      return withStore((db) => (command === 'editor' ? editorAddCommand(db, name) : tokenCreateCommand(db, name, label ?? 'api')));
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return 0;
    default:
      console.error(`provenance: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(exitWhenFlushed, (err) => {
  console.error(`provenance: ${err instanceof Error ? err.message : err}`);
  exitWhenFlushed(1);
});
