package io.mlaprep.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** Rules every service keeps, checked by one small ArchUnit test per service. */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Where the rules live (grading, scoring, FSRS, mastery, statistics) there is plain Java only. */
    public static final ArchRule DOMAIN_IS_PLAIN_JAVA = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.bson..", "com.mongodb..", "io.lettuce..", "org.apache.kafka..",
                    "tools.jackson..", "com.fasterxml..", "jakarta..", "io.github.resilience4j..")
            .because("domain logic is tested without frameworks or servers");

    /** The domain does not reach out to the layers around it. */
    public static final ArchRule DOMAIN_DOES_NOT_DEPEND_ON_OUTER_LAYERS = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..persistence..", "..messaging..",
                    "..application..")
            .because("outer layers depend on the domain, not the other way round");

    /** Use cases are driven by the web and by listeners; they know neither. */
    public static final ArchRule APPLICATION_DOES_NOT_DEPEND_ON_WEB_OR_MESSAGING = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("io.mlaprep..web..", "io.mlaprep..messaging..")
            .because("a use case is the same whether an HTTP request or an event asks for it");

    /**
     * The features of a service (the first package level under {@code servicePackage}) depend on each other
     * one way only, so each can be read, tested and moved without the others that lean on it.
     */
    public static ArchRule featuresAreFreeOfCycles(String servicePackage) {
        return slices().matching(servicePackage + ".(*)..").namingSlices("feature $1")
                .should().beFreeOfCycles()
                .because("a cycle between features makes them one feature in two folders");
    }
}
