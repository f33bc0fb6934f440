package org.stance.cli;

/** A command could not do its job; the message says why and what to do. Printed without a stack trace. */
final class Failure extends RuntimeException {
    Failure(String message) {
        super(message);
    }
}
