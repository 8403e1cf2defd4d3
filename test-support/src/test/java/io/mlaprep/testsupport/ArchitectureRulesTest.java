package io.mlaprep.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The shared rules catch what they are named for, on small fixture packages. */
class ArchitectureRulesTest {

    private static final String FIXTURES = "io.mlaprep.testsupport.fixtures";

    @Test
    void twoFeaturesThatImportEachOtherAreACycle() {
        JavaClasses cyclic = new ClassFileImporter().importPackages(FIXTURES + ".cyclic");
        JavaClasses layered = new ClassFileImporter().importPackages(FIXTURES + ".layered");

        assertThat(ArchitectureRules.featuresAreFreeOfCycles(FIXTURES + ".cyclic").evaluate(cyclic).hasViolation())
                .isTrue();
        assertThat(ArchitectureRules.featuresAreFreeOfCycles(FIXTURES + ".layered").evaluate(layered).hasViolation())
                .isFalse();
    }

    @Test
    void aUseCaseThatReturnsAWebViewBreaksTheLayering() {
        JavaClasses layered = new ClassFileImporter().importPackages(FIXTURES + ".layered");

        assertThat(ArchitectureRules.APPLICATION_DOES_NOT_DEPEND_ON_WEB_OR_MESSAGING.evaluate(layered).hasViolation())
                .isTrue();
    }
}
