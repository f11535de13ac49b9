// What every command shares for its arguments: the error for a wrong call, and how it is told.

/** Thrown by a command's argument parser: the person called it wrongly (exit code 2). */
export class UsageError extends Error {}

/**
 * Parses `args` with `parse`; on a UsageError prints it with the command's usage and returns
 * undefined (the caller exits with 2).
 */
export function parseOrExplain(parse, args, usage, io) {
  try {
    return parse(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`opengov-widgets: ${error.message}\nusage: opengov-widgets ${usage}`);
    return undefined;
  }
}
