package io.mlaprep.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
}
