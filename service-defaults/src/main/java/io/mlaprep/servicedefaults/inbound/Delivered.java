package io.mlaprep.servicedefaults.inbound;

/** An event together with where it was delivered from. */
public record Delivered<E>(E event, Delivery delivery) {
}
