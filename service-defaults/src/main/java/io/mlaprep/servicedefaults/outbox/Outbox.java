package io.mlaprep.servicedefaults.outbox;

/** One outbox the relay drains: its entries and the lease that makes one relay instance its only sender. */
public record Outbox(String name, OutboxStore store, OutboxLease lease) {
}
