package org.stance.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Validates real answers against the schemas of the shipped OpenAPI document. */
final class OpenApiSchemas {

    private final JsonNode document;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    OpenApiSchemas() throws IOException {
        try (InputStream in = OpenApiSchemas.class.getResourceAsStream(ReadRoutes.OPENAPI_RESOURCE)) {
            document = new ObjectMapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    JsonNode document() {
        return document;
    }

    /** The validation errors of {@code value} against {@code components/schemas/<name>} (empty when it conforms). */
    Set<ValidationMessage> validate(String name, JsonNode value) throws IOException {
        if (!document.path("components").path("schemas").has(name)) {
            throw new IllegalArgumentException("no schema " + name);
        }
        String defs = document.path("components").path("schemas").toString().replace("#/components/schemas/", "#/$defs/");
        String schemaText = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$defs\":" + defs
                + ",\"$ref\":\"#/$defs/" + name + "\"}";
        JsonSchema schema = factory.getSchema(schemaText);
        return schema.validate(value);
    }
}
