package org.parolekit.render;

/**
 * A form a rendered document can take: PDF to print and sign, Word (.docx) for the writer to edit,
 * HTML to preview, text to email.
 */
public enum OutputFormat {
  PDF("pdf"),
  DOCX("docx"),
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
