package io.mlaprep.testsupport;

/** The test's handle on the shared broker: where it is, and a way to take it away and bring it back. */
public interface KafkaControl {

    String bootstrapServers();

    /** Makes the broker unreachable; records already acknowledged are kept. */
    void stop();

    /** Brings the broker back at the same address. */
    void start();
}
