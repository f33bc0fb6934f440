package org.stance.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one place where bytes become text: the JDK's UTF-8 decoder set to REPORT (a bad byte is an
 * error, never a silent U+FFFD), and a leading byte order mark dropped. Used by the corpus loader,
 * the HTTP request bodies and the command line.
 */
public final class Utf8 {

    private static final char BOM = '\uFEFF';

    private Utf8() {
    }

    private static CharsetDecoder strict() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The text of {@code bytes} without a leading BOM; invalid UTF-8 throws. */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        return stripBom(strict().decode(ByteBuffer.wrap(bytes)).toString());
    }

    /** Whether {@code length} bytes from {@code offset} are valid UTF-8. */
    public static boolean isValid(byte[] bytes, int offset, int length) {
        try {
            strict().decode(ByteBuffer.wrap(bytes, offset, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    public static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /**
     * A buffered reader of a stream, without its BOM; a read that meets invalid UTF-8 throws
     * {@link java.nio.charset.MalformedInputException}.
     */
    public static BufferedReader reader(InputStream in) throws IOException {
        PushbackReader pushback = new PushbackReader(new InputStreamReader(in, strict()), 1);
        int first = pushback.read();
        if (first >= 0 && first != BOM) {
            pushback.unread(first);
        }
        return new BufferedReader(pushback, 1 << 16);
    }
}
