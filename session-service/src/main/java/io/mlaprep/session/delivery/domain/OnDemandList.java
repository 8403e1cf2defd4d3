package io.mlaprep.session.delivery.domain;

import java.util.AbstractList;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * An unmodifiable list whose elements are made when first read, then kept. A request about one item of a session
 * reads that item only, not all of them (each made from its stored form).
 */
public final class OnDemandList<T> extends AbstractList<T> {

    private final Object[] made;
    private final IntFunction<T> make;

    public OnDemandList(int size, IntFunction<T> make) {
        this.made = new Object[size];
        this.make = Objects.requireNonNull(make, "make");
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, made.length);
        Object element = made[index];
        if (element == null) {
            element = Objects.requireNonNull(make.apply(index), "made a null element");
            made[index] = element;
        }
        return (T) element;
    }

    @Override
    public int size() {
        return made.length;
    }
}
