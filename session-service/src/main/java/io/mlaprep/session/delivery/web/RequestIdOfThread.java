package io.mlaprep.session.delivery.web;

import io.mlaprep.servicedefaults.tracing.MessageTracing;
import io.mlaprep.servicedefaults.web.RequestIdFilter;
import io.mlaprep.session.delivery.application.CurrentRequest;
import org.springframework.stereotype.Component;

/** The id {@link RequestIdFilter} gave the HTTP request this thread is serving, and the span it is in. */
@Component
class RequestIdOfThread implements CurrentRequest {

    private final MessageTracing tracing;

    RequestIdOfThread(MessageTracing tracing) {
        this.tracing = tracing;
    }

    @Override
    public String id() {
        return RequestIdFilter.current();
    }

    @Override
    public String traceparent() {
        return tracing.currentTraceparent();
    }
}
