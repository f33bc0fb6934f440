package org.stance.batch;

import java.util.List;
import java.util.Map;

/**
 * A document as read from the archive, before analysis: where it came from ({@code file:line}),
 * its id, its text as UTF-8 bytes (checked later, so a .txt file's bad bytes are caught the same
 * way as anyone else's), its metadata in input order, and why it is already rejected (or null).
 */
public record RawDocument(String source, String id, byte[] text, List<String> keys, Map<String, String> meta,
                          String reason) {

    static RawDocument rejected(String source, String id, String reason) {
        return new RawDocument(source, id == null ? source : id, null, List.of(), Map.of(), reason);
    }
}
