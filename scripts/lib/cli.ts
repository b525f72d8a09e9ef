/**
 * Command-line flags for the editor tools: `--help` prints the usage (Indonesian, then
 * English) and exits 0; an unknown or malformed flag is one plain line and exit code 2 —
 * never a Node stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CliUsage {
  /** e.g. `npm run qr:assign -- [--content <folder>]` */
  command: string;
  id: string;
  en: string;
  /** One line per flag: `--content <folder>  Folder konten / Content folder`. */
  flags: string[];
}

/** The usage text `--help` prints. */
export function usageText(usage: CliUsage): string {
  return [
    `Pemakaian / Usage: ${usage.command}`,
    '',
    usage.id,
    usage.en,
    '',
    'Opsi / Options:',
    ...usage.flags.map((f) => `  ${f}`),
    '  --help, -h  Tampilkan bantuan ini / Show this help',
  ].join('\n');
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Explains a parseArgs error in one line, or undefined when it is something else. */
export function explainFlagError(error: unknown, usage: CliUsage): string | undefined {
  const e = error as { code?: string; message?: string };
  if (!e.code?.startsWith('ERR_PARSE_ARGS')) return undefined;
  const flag = /'([^']+)'/.exec(e.message ?? '')?.[1] ?? '';
  const name = usage.command.split(' --')[0] ?? usage.command;
  const help = `${name} -- --help`;
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return `✗ Opsi tidak dikenal: ${flag}. Lihat: ${help} / Unknown option ${flag}. See: ${help}`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return `✗ Opsi ${flag.split(' ')[0]} perlu nilai, mis. ${flag.split(' ')[0]} <nilai>. Lihat: ${help} / Option ${flag.split(' ')[0]} needs a value. See: ${help}`;
  }
  return `✗ Argumen tidak dikenal: ${flag || (e.message ?? '')}. Lihat: ${help} / Unexpected argument ${flag || (e.message ?? '')}. See: ${help}`;
}

/** parseArgs with `--help` and friendly errors. Exits the process on help or bad flags. */
export function parseCli<O extends Options>(
  options: O,
  usage: CliUsage,
  args: string[] = process.argv.slice(2),
): ReturnType<typeof parseArgs<{ options: O; args: string[] }>>['values'] {
  return parseCliWithFiles(options, usage, args).values;
}

/**
 * `parseCli` for a command that also takes file names (`npm run stats -- a.log b.log.gz`):
 * the flags, and the arguments that are not flags.
 */
export function parseCliWithFiles<O extends Options>(
  options: O,
  usage: CliUsage,
  args: string[] = process.argv.slice(2),
): ReturnType<typeof parseArgs<{ options: O; args: string[]; allowPositionals: true }>> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usageText(usage));
    process.exit(0);
  }
  try {
    return parseArgs({ options, args, strict: true, allowPositionals: true });
  } catch (error) {
    const line = explainFlagError(error, usage);
    if (!line) throw error;
    console.error(line);
    process.exit(2);
  }
}
