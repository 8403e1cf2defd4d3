package io.mlaprep.session.delivery.persistence;

import io.mlaprep.session.delivery.domain.NextReviewOutlook;
import java.time.LocalDate;
import java.util.List;

/** A {@link NextReviewOutlook} in a stored item: the day as its epoch day, w wrong, r right. */
record StoredOutlook(long on, List<Integer> w, List<Integer> r) {

    static StoredOutlook of(NextReviewOutlook outlook) {
        return outlook == null ? null : new StoredOutlook(outlook.on().toEpochDay(), outlook.wrong(), outlook.right());
    }

    NextReviewOutlook toOutlook() {
        return new NextReviewOutlook(LocalDate.ofEpochDay(on), w, r);
    }
}
