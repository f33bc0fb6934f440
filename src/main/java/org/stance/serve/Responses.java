package org.stance.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.stance.data.Label;
import org.stance.model.Prediction;

/** JSON shapes of the contract, built in one place. */
final class Responses {

    /** The header every answer carries with the id of the model that produced it. */
    static final String MODEL_HEADER = "X-Model";

    static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build());

    private Responses() {
    }

    static ObjectNode prediction(Prediction p, boolean withEvidence) {
        ObjectNode out = JSON.createObjectNode();
        out.put("label", p.label().id());
        out.put("confidence", p.confidence());
        out.set("scores", scores(p));
        if (withEvidence) {
            ArrayNode evidence = out.putArray("evidence");
            for (Prediction.Evidence e : p.evidence()) {
                evidence.addObject().put("token", e.token()).put("weight", e.weight());
            }
        }
        return out;
    }

    static ObjectNode scores(Prediction p) {
        ObjectNode scores = JSON.createObjectNode();
        for (Label l : Label.ALL) {
            scores.put(l.id(), p.score(l));
        }
        return scores;
    }

    static ObjectNode error(String code, String message) {
        return JSON.createObjectNode().put("error", code).put("message", message);
    }

    static void send(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(JSON.writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a response tree always serialises", e);
        }
    }
}
