package io.mlaprep.question;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.question.bank.application.QuestionPayload;
import io.mlaprep.question.support.QuestionServiceTest;
import io.mlaprep.testsupport.ApiClient;
import io.mlaprep.testsupport.BenchmarkReport;
import io.mlaprep.testsupport.Latencies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Measures (does not judge): importing 1,000 generated questions, and a filtered page query at 1,000
 * and 10,000 questions, over HTTP against a real MongoDB wire server. Run:
 * {@code ./mvnw -Pbenchmark -pl question-service -am verify -Dit.test=QuestionBankBenchmark}
 * Results print to the console and to target/benchmarks/question-bank.txt.
 */
@QuestionServiceTest(properties = {"spring.mongodb.database=benchmark", "mla.seed.enabled=false"})
class QuestionBankBenchmark {

    private static final String QUERY = "/api/questions?domain=2&type=MULTIPLE_CHOICE&status=ACTIVE&page=1&size=20";

    @LocalServerPort
    int port;

    @Test
    void importAndQueryAtOneAndTenThousandQuestions() {
        ApiClient author = new ApiClient(port, "author-bench", "AUTHOR");
        List<String> report = new ArrayList<>();

        long start = System.nanoTime();
        var imported = author.post("/api/questions/import", GeneratedQuestions.of("bench-a", 1_000), Map.class);
        double importSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(imported.getStatusCode().value()).isEqualTo(201);
        report.add(String.format("import of 1,000 questions: %.2f s (%.0f questions/s)", importSeconds,
                1_000 / importSeconds));
        report.add("filtered page query at 1,000 questions: " + measure(author));

        List<QuestionPayload> more = GeneratedQuestions.of("bench-b", 9_000);
        for (int from = 0; from < more.size(); from += 3_000) {
            assertThat(author.post("/api/questions/import", more.subList(from, from + 3_000), Map.class)
                    .getStatusCode().value()).isEqualTo(201);
        }
        report.add("filtered page query at 10,000 questions: " + measure(author));

        BenchmarkReport.write("question-bank", report);
    }

    private static String measure(ApiClient author) {
        for (int i = 0; i < 50; i++) {
            author.get(QUERY, Map.class);
        }
        Latencies latencies = new Latencies(300);
        for (int i = 0; i < 300; i++) {
            latencies.time(() -> assertThat(author.get(QUERY, Map.class).getStatusCode().value()).isEqualTo(200));
        }
        return latencies.summary();
    }
}
