package org.parolekit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parolekit.schema.CaseFileSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parolekit schema}: prints the JSON Schema that editors use to complete and check keys. */
@Command(
    name = "schema",
    resourceBundle = "org.parolekit.cli.Messages",
    mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--organization", descriptionKey = "schema.organization")
  boolean organization;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(organization ? CaseFileSchema.organizationProfile() : CaseFileSchema.caseFile());
    out.flush();
    return 0;
  }
}
