package io.mlaprep.session.delivery.web;

import io.mlaprep.servicedefaults.web.RequestIdFilter;
import io.mlaprep.session.delivery.application.CurrentRequest;
import org.springframework.stereotype.Component;

/** The id {@link RequestIdFilter} gave the HTTP request this thread is serving. */
@Component
class RequestIdOfThread implements CurrentRequest {

    @Override
    public String id() {
        return RequestIdFilter.current();
    }
}
