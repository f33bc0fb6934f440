package org.stance.serve;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a request body within the size limit and tells JSON from CSV by Content-Type. */
final class RequestBody {

    enum Kind {
        JSON("application/json"), CSV("text/csv"), TEXT("text/plain");

        final String media;

        Kind(String media) {
            this.media = media;
        }
    }

    private static final ObjectMapper STRICT = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private RequestBody() {
    }

    static Kind kind(Context ctx, boolean csvAllowed) {
        return csvAllowed ? kind(ctx, EnumSet.of(Kind.JSON, Kind.CSV)) : kind(ctx, EnumSet.of(Kind.JSON));
    }

    /** The body's kind from its Content-Type, which must be one of {@code allowed} and declare no charset but UTF-8. */
    static Kind kind(Context ctx, Set<Kind> allowed) {
        String type = ctx.contentType();
        String expected = allowed.stream().map(k -> k.media).collect(Collectors.joining(" or "));
        if (type == null || type.isBlank()) {
            throw ApiError.unsupportedMediaType("the request has no Content-Type; send " + expected);
        }
        String[] parts = type.split(";");
        String media = parts[0].strip().toLowerCase(Locale.ROOT);
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=") && !p.substring(8).replace("\"", "").equals("utf-8")) {
                throw ApiError.unsupportedMediaType("charset " + p.substring(8) + " is not supported; bodies are UTF-8");
            }
        }
        for (Kind k : allowed) {
            if (k.media.equals(media)) {
                return k;
            }
        }
        throw ApiError.unsupportedMediaType("Content-Type " + media + " is not supported here; send " + expected);
    }

    /** Past the limit, up to this much more of a refused body is read and dropped, so the answer reaches the client. */
    static final long DRAIN_LIMIT = 16L << 20;

    /**
     * The body as bytes, refusing more than {@code maxBytes}. A refused body is drained (up to
     * {@link #DRAIN_LIMIT}) before answering: closing a connection with unread data makes the peer's
     * TCP stack reset it, and the 413 answer would be lost with it.
     */
    static byte[] bytes(Context ctx, int maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > maxBytes) {
                drain(ctx, in);
                throw ApiError.tooLarge("the body has " + declared + " bytes; the limit is " + maxBytes
                        + " (1 MiB): split it into several requests");
            }
            byte[] data = in.readNBytes(maxBytes + 1);
            if (data.length > maxBytes) {
                drain(ctx, in);
                throw ApiError.tooLarge("the body is over " + maxBytes + " bytes (1 MiB): split it into several requests");
            }
            return data;
        } catch (IOException e) {
            throw ApiError.invalidJson("the body could not be read completely (" + e.getMessage() + "); send it again");
        }
    }

    private static void drain(Context ctx, InputStream in) throws IOException {
        long skipped = 0;
        byte[] buffer = new byte[64 * 1024];
        int n;
        while (skipped <= DRAIN_LIMIT && (n = in.read(buffer)) > 0) {
            skipped += n;
        }
        if (skipped > DRAIN_LIMIT) {
            ctx.header("Connection", "close");
        }
    }

    /** A CSV body as text; invalid UTF-8 is {@code invalid_csv}. */
    static String csv(byte[] body) {
        try {
            return utf8(body);
        } catch (ApiError e) {
            throw ApiError.invalidCsv(e.getMessage());
        }
    }

    static String utf8(byte[] body) {
        if (isAscii(body)) {
            return new String(body, StandardCharsets.ISO_8859_1);
        }
        try {
            return org.stance.data.Utf8.decode(body);
        } catch (CharacterCodingException e) {
            throw ApiError.invalidJson("the body is not valid UTF-8; encode it as UTF-8");
        }
    }

    private static boolean isAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** A JSON object, or an {@code invalid_json} error that says where parsing failed. */
    static JsonNode jsonObject(byte[] body) {
        if (body.length == 0) {
            throw ApiError.invalidJson("the body is empty; send a JSON object such as {\"text\": \"...\"}");
        }
        if (!isAscii(body)) {
            utf8(body); // Jackson checks UTF-8 only inside strings; refuse any invalid byte
        }
        JsonNode node;
        try {
            node = STRICT.readTree(body);
        } catch (JacksonException e) {
            String detail = e.getOriginalMessage();
            var loc = e.getLocation();
            throw ApiError.invalidJson("the body is not valid JSON"
                    + (loc != null ? " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")" : "")
                    + ": " + firstLine(detail));
        } catch (IOException e) {
            throw ApiError.invalidJson("the body is not valid JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || node.isMissingNode()) {
            throw ApiError.invalidJson("the body is empty; send a JSON object such as {\"text\": \"...\"}");
        }
        if (!node.isObject()) {
            throw ApiError.invalidJson("the body is JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT)
                    + ", not an object; send {\"text\": \"...\"} or {\"texts\": [\"...\"]}");
        }
        return node;
    }

    /** A required string field: wrong types are {@code invalid_json}, blank strings {@code empty_text}. */
    static String text(JsonNode value, String field, int maxChars, String limitName) {
        if (!value.isTextual()) {
            throw ApiError.invalidJson("'" + field + "' must be a string, not " + typeOf(value));
        }
        String text = value.textValue();
        if (text.isBlank()) {
            throw ApiError.emptyText("'" + field + "' is empty or only white space; send the sentence to classify");
        }
        if (text.length() > maxChars) {
            throw ApiError.tooLarge("'" + field + "' has " + text.length() + " characters; the limit " + limitName
                    + " is " + maxChars);
        }
        return text;
    }

    static String typeOf(JsonNode value) {
        return value.isNull() ? "null" : value.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** Query flags are true or false (absent: false); anything else is an error rather than a silent default. */
    static boolean flag(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.equals("false")) {
            return false;
        }
        if (raw.equals("true")) {
            return true;
        }
        throw ApiError.invalidParameter("query parameter " + name + "=" + raw + " is not allowed; use " + name
                + "=true or " + name + "=false");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
