package io.mlaprep.servicedefaults.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisLoadingException;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

class ProblemDetailsAdviceTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
            .setControllerAdvice(new ProblemDetailsAdvice()).build();

    @Test
    void aStoreAwayForAMomentIsA503TheClientMayTryAgain() throws Exception {
        mvc.perform(get("/store-loading"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Our data store is unavailable for a moment; try again shortly."));
    }

    @Test
    void aStoreThatRefusesTheRequestForGoodIsOurError() throws Exception {
        mvc.perform(get("/store-refuses"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.title").value("Internal error"));
    }

    @RestController
    static class FailingController {

        @GetMapping("/store-loading")
        String loading() {
            throw new RedisSystemException("Redis exception",
                    new RedisLoadingException("LOADING Redis is loading the dataset in memory"));
        }

        @GetMapping("/store-refuses")
        String refuses() {
            throw new RedisSystemException("Redis exception",
                    new RedisCommandExecutionException("WRONGTYPE Operation against a key holding the wrong kind of value"));
        }
    }
}
