package org.situationmap.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.situationmap.map.places.PlaceRenderer;

/**
 * {@code map} reads top to bottom: overlays, then places, then the raster, with no calls back up
 * and no state shared across the process (package-info of each).
 */
class MapLayeringTest {
  private static final String RASTER = "org.situationmap.map.places.raster..";
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.situationmap");
  }

  @Test
  void mapPackagesHaveNoCycles() {
    slices().matching("org.situationmap.map.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void placesNeverUseTheOverlays() {
    noClasses()
        .that()
        .resideInAPackage("org.situationmap.map.places..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.situationmap.map.overlay..")
        .check(classes);
  }

  @Test
  void theRasterIsEnteredThroughSymbolRasterByThePlaceRendererOnly() {
    classes()
        .that()
        .haveFullyQualifiedName("org.situationmap.map.places.raster.SymbolRaster")
        .should()
        .onlyBeAccessed()
        .byClassesThat(type(PlaceRenderer.class).or(resideInAPackage(RASTER)))
        .check(classes);
    classes()
        .that()
        .resideInAPackage(RASTER)
        .and()
        .doNotHaveSimpleName("SymbolCache")
        .and()
        .doNotHaveSimpleName("RasterLimits")
        .should()
        .onlyBeAccessed()
        .byAnyPackage("org.situationmap.map.places..")
        .check(classes);
  }

  @Test
  void theRasterNeverCallsTheDrawingAboveIt() {
    noClasses()
        .that()
        .resideInAPackage(RASTER)
        .should()
        .dependOnClassesThat()
        .haveSimpleName("PlaceRenderer")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleName("LabelPlacer")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleName("SymbolPaths")
        .check(classes);
  }

  @Test
  void drawingKeepsNoStaticState() {
    fields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAnyPackage("org.situationmap.map.places..", "org.situationmap.map.overlay..")
        .and()
        .areStatic()
        .should()
        .beFinal()
        .andShould()
        .notHaveRawType(java.util.Map.class)
        .check(classes);
  }
}
