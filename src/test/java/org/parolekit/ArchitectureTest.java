package org.parolekit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules a reviewer would otherwise check by hand: thin picocli commands over a plain
 * core, {@code System.exit} only in {@code main}, no static mutable state.
 */
class ArchitectureTest {
  private static JavaClasses product;

  @BeforeAll
  static void importProduct() {
    product =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.parolekit");
  }

  @Test
  void picocliStaysInTheCommandLinePackage() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.parolekit.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .because("the core must be usable and testable without the command line")
        .check(product);
  }

  @Test
  void theCoreDoesNotDependOnTheCommandLine() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.parolekit.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.parolekit.cli..")
        .check(product);
  }

  @Test
  void onlyMainEndsTheProcess() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("org.parolekit.cli.Main")
        .should()
        .callMethod(System.class, "exit", int.class)
        .orShould()
        .callMethod(Runtime.class, "halt", int.class)
        .check(product);
  }

  @Test
  void thereIsNoStaticMutableState() {
    fields()
        .that()
        .areStatic()
        .and()
        .areDeclaredInClassesThat()
        .areNotEnums()
        .and()
        .doNotHaveModifier(JavaModifier.SYNTHETIC)
        .should()
        .beFinal()
        .because("no static mutable state: a static field is a constant or it is not static")
        .check(product);
  }

  @Test
  void theTerminalLibraryStaysWithTheCommandsThatTalkToAPerson() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.parolekit.cli..", "org.parolekit.interview..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.jline..")
        .check(product);
  }
}
