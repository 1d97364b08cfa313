/** A refusal the API answers with: an HTTP status, a machine code, and a message a person can act on. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Also answers for what exists but lies outside the user's reach, so its existence is not revealed. */
  static notFound(whatVi: string, whatEn: string, key: string): ApiError {
    return new ApiError(
      404,
      'NOT_FOUND',
      `Không tìm thấy ${whatVi} "${key}" trong phạm vi của bạn / ${whatEn} "${key}" not found in your reach`,
    );
  }

  static forbidden(message: string): ApiError {
    return new ApiError(403, 'FORBIDDEN', message);
  }

  static badRequest(message: string, extra: Record<string, unknown> = {}): ApiError {
    return new ApiError(400, 'INVALID_INPUT', message, extra);
  }

  static unavailable(component: string, detail: string): ApiError {
    return new ApiError(
      503,
      'SERVICE_UNAVAILABLE',
      `${component} không phản hồi, vui lòng thử lại sau / ${component} is unreachable: ${detail}`,
    );
  }
}
