package org.stance.serve;

import java.nio.file.Path;

/**
 * Everything the service is configured with, in one place. The limits are those of the HTTP contract.
 * {@code adminToken} null turns the admin routes off. On stop, requests in flight get up to
 * {@code shutdownGraceMillis} to finish; a connection that sends nothing for {@code shutdownIdleMillis}
 * meanwhile (an idle keep-alive, or a stalled upload) is closed. {@code maxThreads} bounds Jetty's pool:
 * the handlers are CPU-bound, so more threads than a few per core only add contention. {@code accessLog}
 * logs one line per request (method, route, status, milliseconds; never the body) at INFO.
 */
public record ServerConfig(String host, int port, Path modelDir, Path feedbackDir, String adminToken,
                           Limits limits, long shutdownGraceMillis, long shutdownIdleMillis, int maxThreads,
                           boolean accessLog) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final String ADMIN_TOKEN_ENV = "STANCE_ADMIN_TOKEN";

    /** Request limits: body bytes, characters per classified text and per article, texts per batch. */
    public record Limits(int maxBodyBytes, int maxTextChars, int maxArticleChars, int maxBatch, int maxNoteChars) {
        public static Limits contract() {
            return new Limits(1 << 20, 10_000, 200_000, 1_000, 2_000);
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, Path.of("model"), Path.of("feedback"), null,
                Limits.contract(), 10_000, 2_500,
                Math.max(16, 8 * Runtime.getRuntime().availableProcessors()), true);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, modelDir, feedbackDir, adminToken, limits, shutdownGraceMillis, shutdownIdleMillis, maxThreads, accessLog);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, modelDir, feedbackDir, adminToken, limits, shutdownGraceMillis, shutdownIdleMillis, maxThreads, accessLog);
    }

    public ServerConfig withModelDir(Path dir) {
        return new ServerConfig(host, port, dir, feedbackDir, adminToken, limits, shutdownGraceMillis, shutdownIdleMillis, maxThreads, accessLog);
    }

    public ServerConfig withFeedbackDir(Path dir) {
        return new ServerConfig(host, port, modelDir, dir, adminToken, limits, shutdownGraceMillis, shutdownIdleMillis, maxThreads, accessLog);
    }

    public ServerConfig withAdminToken(String token) {
        return new ServerConfig(host, port, modelDir, feedbackDir, token == null || token.isEmpty() ? null : token,
                limits, shutdownGraceMillis, shutdownIdleMillis, maxThreads, accessLog);
    }

    public ServerConfig withAccessLog(boolean on) {
        return new ServerConfig(host, port, modelDir, feedbackDir, adminToken, limits, shutdownGraceMillis, shutdownIdleMillis, maxThreads, on);
    }
}
