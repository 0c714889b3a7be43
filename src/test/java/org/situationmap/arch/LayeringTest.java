package org.situationmap.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one-way flow of design §3: file → io → domain/timeline → layer → map → ui; export beside ui;
 * text (the bundles) below map, ui and export, above the domain only.
 */
class LayeringTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.situationmap");
  }

  @Test
  void modelPackagesAreToolkitFree() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.situationmap.domain..",
            "org.situationmap.timeline..",
            "org.situationmap.io..",
            "org.situationmap.layer..",
            "org.situationmap.zones..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javafx..",
            "com.gluonhq..",
            "org.situationmap.map..",
            "org.situationmap.ui..",
            "org.situationmap.export..",
            "org.situationmap.app..",
            "org.situationmap.cli..",
            "org.situationmap.text..")
        .check(classes);
  }

  @Test
  void editingIsToolkitFree() {
    noClasses()
        .that()
        .resideInAPackage("org.situationmap.edit..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javafx..",
            "com.gluonhq..",
            "org.situationmap.map..",
            "org.situationmap.ui..",
            "org.situationmap.export..",
            "org.situationmap.app..",
            "org.situationmap.cli..")
        .check(classes);
  }

  @Test
  void mapAndExportNeverUseTheUi() {
    noClasses()
        .that()
        .resideInAnyPackage("org.situationmap.map..", "org.situationmap.export..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.situationmap.ui..", "org.situationmap.app..")
        .check(classes);
  }

  @Test
  void textDependsOnlyOnTheDomain() {
    noClasses()
        .that()
        .resideInAPackage("org.situationmap.text..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javafx..",
            "com.gluonhq..",
            "org.situationmap.io..",
            "org.situationmap.timeline..",
            "org.situationmap.map..",
            "org.situationmap.ui..",
            "org.situationmap.export..",
            "org.situationmap.app..",
            "org.situationmap.cli..")
        .check(classes);
  }

  @Test
  void domainDependsOnNothingOfOurs() {
    noClasses()
        .that()
        .resideInAPackage("org.situationmap.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.situationmap.io..", "org.situationmap.timeline..")
        .check(classes);
  }

  @Test
  void theLoadedLayerSitsAboveReadingAndIndexing() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.situationmap.domain..", "org.situationmap.timeline..", "org.situationmap.io..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.situationmap.layer..")
        .check(classes);
  }
}
