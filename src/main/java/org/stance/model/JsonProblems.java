package org.stance.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Jackson's errors on a settings file, said for a person: the file, the field, and what is allowed. */
final class JsonProblems {

    private JsonProblems() {
    }

    static String describe(Path file, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException invalid) {
                return file + ": " + invalid.getMessage(); // a value the settings refuse, in their own words
            }
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String allowed = new TreeSet<>(u.getKnownPropertyIds().stream().map(String::valueOf).toList())
                    .stream().collect(Collectors.joining(", "));
            return file + ": unknown field '" + path(u) + "'; the allowed fields there are: " + allowed;
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return file + ": field '" + path(m) + "' has a value of the wrong type (" + m.getOriginalMessage()
                    .lines().findFirst().orElse("") + ")";
        }
        if (e instanceof JsonProcessingException p && p.getLocation() != null && p.getLocation().getLineNr() > 0) {
            return file + ": not valid JSON at line " + p.getLocation().getLineNr() + ", column "
                    + p.getLocation().getColumnNr() + "; fix the syntax";
        }
        return file + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }

    /**
     * The first key of {@code node} (or of a nested record's object) that {@code type} has no
     * component for, said as {@link #describe} would; null when every key is known. Needed because
     * Jackson builds a record before it reports unknown keys, so a typo shows up as a missing value.
     */
    static String unknownKey(Path file, JsonNode node, Class<?> type, String prefix) {
        if (node == null || !node.isObject() || !type.isRecord()) {
            return null;
        }
        Map<String, Class<?>> known = new TreeMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            known.put(c.getName(), c.getType());
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.containsKey(name)) {
                return file + ": unknown field '" + prefix + name + "'; the allowed fields there are: "
                        + String.join(", ", known.keySet());
            }
            String nested = unknownKey(file, node.get(name), known.get(name), prefix + name + ".");
            if (nested != null) {
                return nested;
            }
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
