package org.ntc.hub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The shape STYLE.md describes, checked on the compiled classes so an inline reference counts too. */
class LayoutTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.ntc.hub");

  @Test
  @DisplayName("no two packages depend on each other, directly or around a circle")
  void noPackageCycle() {
    slices().matching("org.ntc.hub.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  @DisplayName("platform imports no feature and not the root that wires them")
  void platformSeesNoFeature() {
    noClasses().that().resideInAPackage("org.ntc.hub.platform..")
        .should().dependOnClassesThat().resideOutsideOfPackages("org.ntc.hub.platform..", "java..", "javax..",
            "io.vertx..", "io.netty..", "com.github.jknack..", "org.commonmark..", "org.owasp..", "org.flywaydb..",
            "org.postgresql..", "io.zonky..", "org.yaml..", "org.bouncycastle..", "com.fasterxml..", "org.slf4j..",
            "com.lowagie..") // OpenPDF, for the PDFs' shared fonts (PdfFonts)
        .check(MAIN);
  }

  @Test
  @DisplayName("features do not reach back into the root that assembles them")
  void featuresDoNotDependOnTheRoot() {
    noClasses().that().resideOutsideOfPackage("org.ntc.hub")
        .should().dependOnClassesThat().resideInAPackage("org.ntc.hub")
        .check(MAIN);
  }

  @Test
  @DisplayName("services and repositories never speak HTTP: only routes and pages import vertx-web")
  void servicesDoNotImportWeb() {
    noClasses().that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Repository")
        .should().dependOnClassesThat().resideInAPackage("io.vertx.ext.web..")
        .check(MAIN);
  }
}
