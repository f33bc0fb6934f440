package org.stance.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests Jetty refuses before any route sees them (no Host header, a malformed
 * request line, headers or URI too long) with the same JSON error body as every other error,
 * instead of Jetty's HTML page.
 */
final class ProtocolErrorHandler extends ErrorHandler {

    private final java.util.function.Supplier<String> modelId;

    ProtocolErrorHandler(java.util.function.Supplier<String> modelId) {
        this.modelId = modelId;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) throws IOException {
        String reason = message == null || message.isBlank() ? "the request is not valid HTTP/1.1" : message;
        String body = Responses.JSON.writeValueAsString(Responses.error(codeFor(code), reasonFor(code, reason)));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(Responses.MODEL_HEADER, modelId.get());
        response.write(true, BufferUtil.toBuffer(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    static String codeFor(int status) {
        return switch (status) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413, 414, 431 -> "too_large";
            case 415 -> "unsupported_media_type";
            // 505 is Jetty's answer to a request line it cannot read: the client's fault, like a 400.
            default -> status >= 500 && status != 505 ? "internal_error" : "bad_request";
        };
    }

    private static String reasonFor(int status, String reason) {
        return switch (status) {
            case 414 -> "the request URI is too long (" + reason + "): send the text in the body";
            case 431 -> "the request headers are too large (" + reason + "): send fewer or shorter headers";
            case 400, 505 -> "the HTTP request is malformed (" + reason + "): send a valid HTTP/1.1 request with a Host header";
            default -> "the request was refused (" + reason + ")";
        };
    }
}
