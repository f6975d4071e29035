/**
 * The one error type of the application. Every failure a user can cause is an AppError with a code;
 * the HTTP layer maps the code to a status, and the message is Chinese, naming the field where one is at fault.
 */
export const ErrorCode = {
  /** Input failed validation: a 400 that names the field. */
  Validation: 'VALIDATION',
  /** Not logged in, or the session has ended. */
  Unauthenticated: 'UNAUTHENTICATED',
  /** Logged in, but the role or committee does not allow this. */
  Forbidden: 'FORBIDDEN',
  /** The record does not exist in the caller's committee (other committees' records look the same). */
  NotFound: 'NOT_FOUND',
  /** A unique value is taken or the record is still referenced. */
  Conflict: 'CONFLICT',
  /** The record is not in a state that allows this action. */
  InvalidState: 'INVALID_STATE',
  /** Wrong username or password. */
  BadCredentials: 'BAD_CREDENTIALS',
  /** Too many failed logins: the account is locked for a while. */
  AccountLocked: 'ACCOUNT_LOCKED',
  /** Too many requests from one address. */
  RateLimited: 'RATE_LIMITED',
  /** The CSRF token is missing or wrong. */
  CsrfFailed: 'CSRF_FAILED',
  /** The request body is too large or of the wrong type. */
  BadRequest: 'BAD_REQUEST',
  /** Anything unexpected: never shown with details. */
  Internal: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const httpStatusOf: Record<ErrorCode, number> = {
  VALIDATION: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  BAD_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, options: { field?: string; details?: unknown } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = options.field;
    this.details = options.details;
  }

  get status(): number {
    return httpStatusOf[this.code];
  }
}

export const validationError = (field: string, message: string) =>
  new AppError(ErrorCode.Validation, message, { field });
export const notFound = (what: string) => new AppError(ErrorCode.NotFound, `${what}不存在`);
export const forbidden = (message = '没有权限执行此操作') => new AppError(ErrorCode.Forbidden, message);
export const unauthenticated = (message = '请先登录') => new AppError(ErrorCode.Unauthenticated, message);
export const conflict = (message: string, field?: string) => new AppError(ErrorCode.Conflict, message, { field });
export const invalidState = (message: string) => new AppError(ErrorCode.InvalidState, message);
