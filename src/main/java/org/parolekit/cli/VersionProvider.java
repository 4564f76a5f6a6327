package org.parolekit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version the build wrote into the jar. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/org/parolekit/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    }
    return new String[] {"parolekit " + p.getProperty("version", "unknown")};
  }
}
