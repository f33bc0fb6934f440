package org.stance.data;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The four framings of the codebook, in the order the network's outputs use. */
public enum Label {
    DEMAND, SUPPLY, ENFORCEMENT, NONE;

    public static final List<Label> ALL = List.of(values());

    /** The lower-case name used in CSV files and JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Label> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.id().equals(wanted)).findFirst();
    }

    public static List<String> ids() {
        return ALL.stream().map(Label::id).toList();
    }
}
