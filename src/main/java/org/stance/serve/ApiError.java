package org.stance.serve;

/** An error answer of the contract: status, code and a message that says what to fix. */
final class ApiError extends RuntimeException {
    final int status;
    final String code;

    ApiError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static ApiError invalidJson(String message) {
        return new ApiError(400, "invalid_json", message);
    }

    static ApiError invalidCsv(String message) {
        return new ApiError(400, "invalid_csv", message);
    }

    static ApiError invalidParameter(String message) {
        return new ApiError(400, "invalid_parameter", message);
    }

    static ApiError missingText(String message) {
        return new ApiError(400, "missing_text", message);
    }

    static ApiError emptyText(String message) {
        return new ApiError(400, "empty_text", message);
    }

    static ApiError tooLarge(String message) {
        return new ApiError(413, "too_large", message);
    }

    static ApiError unsupportedMediaType(String message) {
        return new ApiError(415, "unsupported_media_type", message);
    }
}
