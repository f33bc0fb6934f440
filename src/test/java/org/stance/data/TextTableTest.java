package org.stance.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void roundTripsQuotesCommasNewlinesAndBom() throws Exception {
        String csv = "\uFEFFid,text,note\r\n1,\"Coca, again\",\"a \"\"b\"\"\"\r\n2,\"two\nlines\",\r\n";
        TextTable table = TextTable.parse(csv);
        assertEquals(List.of("Coca, again", "two\nlines"), table.texts());
        String out = table.render(List.of("label"), List.of(new String[]{"supply"}, new String[]{"none"}));
        TextTable back = TextTable.parse(out);
        assertEquals(List.of("id", "text", "note", "label"), back.header());
        assertEquals("a \"b\"", back.rows().get(0)[2]);
        assertEquals("two\nlines", back.rows().get(1)[1]);
        assertEquals("none", back.rows().get(1)[3]);
    }

    @Test
    void noTextColumnIsMissingText() {
        TextTable.TableException e = assertThrows(TextTable.TableException.class, () -> TextTable.parse("a,b\n1,2\n"));
        assertTrue(e.missingText());
    }

    @Test
    void raggedRowsAreRefusedWithTheRowNumber() {
        TextTable.TableException e = assertThrows(TextTable.TableException.class,
                () -> TextTable.parse("id,text\n1,ok\n2\n"));
        assertTrue(!e.missingText() && e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void errorsNameThePhysicalLine() {
        TextTable.TableException ragged = assertThrows(TextTable.TableException.class,
                () -> TextTable.parse("id,text\n1,\"two\nlines\"\n\n2,ok\n3\n"));
        assertTrue(ragged.getMessage().startsWith("line 6:"), ragged.getMessage());
        TextTable.TableException unclosed = assertThrows(TextTable.TableException.class,
                () -> TextTable.parse("id,text\n1,ok\n2,\"never closed\n3,more\n"));
        assertTrue(unclosed.getMessage().startsWith("line 3:") && unclosed.getMessage().contains("never closed"),
                unclosed.getMessage());
    }
}
