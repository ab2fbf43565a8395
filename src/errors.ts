/**
 * The one error type services and the edges throw. `status` is the HTTP status
 * the web layer answers with; `code` is stable and machine-readable; `field`
 * names the offending input when there is one.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (message: string, field?: string, code = 'bad_input') =>
  new AppError(400, code, message, field);
export const notFound = (what: string) => new AppError(404, 'not_found', `${what} was not found.`);
/** A heading, byline, date or other page furniture asked to be traced: it carries no claim. */
export const notAClaim = (what: string) => new AppError(404, 'not_a_claim', `${what} is page furniture (a heading, byline or date), not a claim to trace.`);
export const unsupported = (message: string, field?: string) =>
  new AppError(415, 'unsupported_type', message, field);
