package io.mlaprep.servicedefaults.kafka;

/** A record that can never be processed (unparseable, or against the contract): straight to the DLT, no retries. */
public class PoisonRecordException extends RuntimeException {

    public PoisonRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
