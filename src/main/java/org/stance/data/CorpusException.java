package org.stance.data;

import java.util.List;

/** The corpus cannot be used as it is; each problem names its file and line. */
public final class CorpusException extends Exception {
    private final List<String> problems;

    public CorpusException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " bad rows:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
