// REST errors as Bitrix24 sends them: `{ error, error_description }` with the HTTP status the
// portal uses for that code (bitrix24-facts.md §8, imbot-chat-get.md). A fault that names only
// a code gets the code's real status and text from this table.

const KNOWN_ERRORS: Readonly<Record<string, readonly [status: number, description: string]>> = {
  NO_AUTH_FOUND: [401, 'Wrong authorization data'],
  invalid_token: [401, 'Unable to get application by token'],
  expired_token: [401, 'The access token provided has expired'],
  ERROR_METHOD_NOT_FOUND: [404, 'Method not found!'],
  ACCESS_ERROR: [403, 'You do not have access to the specified dialog'],
  DIALOG_ID_EMPTY: [400, "Dialog ID can't be empty"],
  ACCESS_DENIED: [403, 'Access denied!'],
  AUTHORIZE_ERROR: [403, 'Method not available for guest session.'],
  // An OAuthException: 401 unless the OAuth answer names another status.
  insufficient_scope: [
    401,
    'The request requires higher privileges than provided by the access token',
  ],
  user_access_error: [403, 'The user does not have access to the application.'],
  INVALID_CREDENTIALS: [403, 'Invalid request credentials'],
  WRONG_AUTH_TYPE: [403, 'Current authorization type is denied for this method'],
  PORTAL_DELETED: [403, 'Portal was deleted'],
  QUERY_LIMIT_EXCEEDED: [503, 'Too many requests'],
  OVERLOAD_LIMIT: [503, 'REST API is blocked due to overload.'],
  OPERATION_TIME_LIMIT: [429, 'Method is blocked due to operation time limit.'],
  INTERNAL_SERVER_ERROR: [500, 'Internal server error'],
  ERROR_UNEXPECTED_ANSWER: [500, 'Server returned an unexpected response.'],
  ERROR_BATCH_LENGTH_EXCEEDED: [400, 'Max batch length exceeded'],
  ERROR_BATCH_METHOD_NOT_ALLOWED: [400, 'Method is not allowed for batch usage'],
  ERROR_ARGUMENT: [400, 'Argument error'],
  NOT_FOUND: [400, 'Not found'],
  ENTITY_TYPE_NOT_SUPPORTED: [400, 'Entity type is not supported'],
};

export interface RestErrorBody {
  error: string;
  error_description: string;
}

export class RestError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(code: string, description?: string, status?: number) {
    const known = KNOWN_ERRORS[code];
    super(description ?? known?.[1] ?? code);
    this.code = code;
    this.status = status ?? known?.[0] ?? 400;
  }

  body(): RestErrorBody {
    return { error: this.code, error_description: this.message };
  }
}
