package org.parolekit.render;

/** A form a rendered document can take: PDF to print and sign, HTML to preview, text to email. */
public enum OutputFormat {
  PDF("pdf"),
  HTML("html"),
  TXT("txt");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  /** The file-name extension, without the dot. */
  public String extension() {
    return extension;
  }
}
