import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, notFound } from '../../errors';

/** Turns body-parser's and the app's errors into one AppError shape. */
function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as { type?: string; status?: number; message?: string; name?: string; code?: string; field?: string };
  if (e?.name === 'MulterError') {
    return e.code === 'LIMIT_FILE_SIZE' || e.code === 'LIMIT_FIELD_VALUE'
      ? new AppError(413, 'too_large', 'A file or field is larger than the limit.', e.field)
      : new AppError(400, 'bad_upload', `The upload was refused: ${e.message}.`, e.field);
  }
  if (e?.type === 'entity.too.large') return new AppError(413, 'too_large', 'The request body is larger than the limit.');
  if (e?.type === 'entity.parse.failed') return new AppError(400, 'malformed_json', 'The request body is not valid JSON.');
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') {
    return new AppError(415, 'unsupported_encoding', 'The request body must be UTF-8.');
  }
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    return new AppError(e.status, typeof e.code === 'string' ? e.code : 'bad_request', e.message ?? 'Bad request.');
  }
  return new AppError(500, 'internal', 'Something went wrong on our side. The error has been logged.');
}

export const notFoundHandler: RequestHandler = (req, _res, next) => next(notFound(`The page ${req.path}`));

/** The one error path: JSON `{ error: { code, message, field } }` for the API, an error page otherwise. Never a stack trace. */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const error = toAppError(err);
  if (error.status >= 500) console.error(err);
  const body = { error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) } };
  res.status(error.status);
  if (req.path.startsWith('/api/') || !req.accepts('html')) {
    res.json(body);
    return;
  }
  res.render('pages/error', { title: `${error.status} · ${error.message}`, status: error.status, ...body.error });
};
