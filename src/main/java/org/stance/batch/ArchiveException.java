package org.stance.batch;

/** The job cannot run as asked; the message says what is wrong and how to fix it. */
public final class ArchiveException extends Exception {
    public ArchiveException(String message) {
        super(message);
    }
}
