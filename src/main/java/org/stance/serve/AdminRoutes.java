package org.stance.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.stance.data.Label;
import org.stance.model.ModelLoadException;
import org.stance.model.StanceModel;

/** {@code POST /v1/feedback} and {@code POST /v1/admin/reload}, behind a bearer token. */
final class AdminRoutes {

    private final ModelHolder models;
    private final FeedbackStore feedback;
    private final byte[] tokenDigest;
    private final ServerConfig.Limits limits;

    AdminRoutes(ModelHolder models, FeedbackStore feedback, String token, ServerConfig.Limits limits) {
        this.models = models;
        this.feedback = feedback;
        this.tokenDigest = token == null ? null : sha256(token);
        this.limits = limits;
    }

    void feedback(Context ctx) throws IOException {
        authorize(ctx);
        RequestBody.kind(ctx, false);
        JsonNode body = RequestBody.jsonObject(RequestBody.bytes(ctx, limits.maxBodyBytes()));
        JsonNode text = body.get("text");
        if (text == null) {
            throw ApiError.missingText("the body has no 'text'; send {\"text\": ..., \"label\": ..., \"note\": ...}");
        }
        String sentence = RequestBody.text(text, "text", limits.maxTextChars(), "per text");
        JsonNode labelNode = body.get("label");
        Label label = labelNode == null || !labelNode.isTextual() ? null : Label.parse(labelNode.textValue()).orElse(null);
        if (label == null) {
            throw new ApiError(400, "invalid_label", "'label' must be one of " + String.join(", ", Label.ids())
                    + (labelNode == null ? "; it is missing" : "; got " + labelNode));
        }
        JsonNode noteNode = body.get("note");
        String note = null;
        if (noteNode != null && !noteNode.isNull()) {
            if (!noteNode.isTextual()) {
                throw ApiError.invalidJson("'note' must be a string, not " + RequestBody.typeOf(noteNode));
            }
            if (noteNode.textValue().length() > limits.maxNoteChars()) {
                throw ApiError.tooLarge("'note' has " + noteNode.textValue().length() + " characters; the limit is "
                        + limits.maxNoteChars());
            }
            note = noteNode.textValue();
        }
        feedback.append(sentence, label, note);
        Responses.send(ctx, 201, Responses.JSON.createObjectNode().put("stored", true));
    }

    void reload(Context ctx) {
        authorize(ctx);
        try {
            StanceModel fresh = models.reload();
            Responses.send(ctx, 200, Responses.JSON.createObjectNode().put("model", fresh.id()));
        } catch (ModelLoadException e) {
            throw new ApiError(422, "invalid_model", "the model folder cannot be loaded, the previous model ("
                    + models.get().id() + ") keeps serving: " + e.getMessage());
        }
    }

    private void authorize(Context ctx) {
        if (tokenDigest == null) {
            throw new ApiError(403, "admin_disabled", "admin routes are off; start the service with the environment variable "
                    + ServerConfig.ADMIN_TOKEN_ENV + " set to a secret token");
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
        // Comparing digests keeps the time independent of where the strings differ and of their lengths.
        if (!MessageDigest.isEqual(tokenDigest, sha256(given))) {
            throw new ApiError(401, "unauthorized", "send the header 'Authorization: Bearer <token>' with the token in "
                    + ServerConfig.ADMIN_TOKEN_ENV);
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
