package io.mlaprep.session;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.mlaprep.testsupport.ArchitectureRules;

@AnalyzeClasses(packages = "io.mlaprep.session", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = ArchitectureRules.DOMAIN_IS_PLAIN_JAVA;

    @ArchTest
    static final ArchRule domainDoesNotDependOnOuterLayers = ArchitectureRules.DOMAIN_DOES_NOT_DEPEND_ON_OUTER_LAYERS;

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = ArchitectureRules.featuresAreFreeOfCycles("io.mlaprep.session");

    @ArchTest
    static final ArchRule applicationDoesNotDependOnWebOrMessaging =
            ArchitectureRules.APPLICATION_DOES_NOT_DEPEND_ON_WEB_OR_MESSAGING;
}
