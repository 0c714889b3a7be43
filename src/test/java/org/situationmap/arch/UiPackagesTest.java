package org.situationmap.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code ui} packages by feature: no cycles between them, and the main window, which puts the
 * features together, is used by none of them (shared state lives in {@code ui.state}).
 */
class UiPackagesTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.situationmap.ui");
  }

  @Test
  void uiPackagesAreFreeOfCycles() {
    slices().matching("org.situationmap.ui.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void featurePackagesNeverUseTheMainWindow() {
    noClasses()
        .that()
        .resideInAPackage("org.situationmap.ui..")
        .and()
        .resideOutsideOfPackage("org.situationmap.ui.main..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.situationmap.ui.main..")
        .check(classes);
  }
}
