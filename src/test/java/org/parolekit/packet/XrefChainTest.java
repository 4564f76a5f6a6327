package org.parolekit.packet;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Which cross-reference sections are refused before a PDF library reads them: classic tables and
 * cross-reference streams alike, at the limits and not below them.
 */
class XrefChainTest {
  private static final long LIMIT = 1000;

  @Test
  void aTrailerDeclaringExactlyTheLimitPassesAndOneMoreDoesNot() {
    assertPasses(withStartxref(table("0 1", "/Size " + LIMIT)));
    assertRefused(withStartxref(table("0 1", "/Size " + (LIMIT + 1))), "declares 1001 objects");
  }

  @Test
  void aSubsectionEndingExactlyAtTheLimitPassesAndOneFurtherDoesNot() {
    assertPasses(withStartxref(table("990 10", "/Size 1")));
    assertRefused(withStartxref(table("991 10", "/Size 1")), "declares 10 objects");
  }

  @Test
  void aCrossReferenceStreamDeclaringTooManyObjectsIsRefused() {
    assertPasses(withStartxref(xrefStream("/Size " + LIMIT)));
    assertRefused(withStartxref(xrefStream("/Size 2000000000")), "declares 2000000000 objects");
  }

  @Test
  void aCrossReferenceStreamIndexEndingPastTheLimitIsRefused() {
    assertPasses(withStartxref(xrefStream("/Size 5 /Index [0 5 990 10]")));
    assertRefused(withStartxref(xrefStream("/Size 5 /Index [0 5 991 10]")), "declares 10 objects");
    assertRefused(
        withStartxref(xrefStream("/Size 5 /Index [0 999999999]")), "declares 999999999 objects");
  }

  @Test
  void anIndexWithALoneOrUnnumberedStartIsNotAnError() {
    assertPasses(withStartxref(xrefStream("/Size 5 /Index [0 5 7]")));
    assertPasses(withStartxref(xrefStream("/Size 5 /Index [/A 999999999]")));
  }

  @Test
  void theStreamNamedByAHybridFilesXRefStmIsCheckedToo() {
    String stream = xrefStream("/Size 2000000000");
    String table = table("0 1", "/Size 1 /XRefStm 9");
    String pdf = "%PDF-1.5\n" + stream + table;
    int tableAt = pdf.indexOf("xref\n");
    assertRefused(pdf + "startxref\n" + tableAt + "\n%%EOF\n", "declares 2000000000 objects");
  }

  @Test
  void theSectionACrossReferenceStreamNamesAsPrevIsCheckedToo() {
    String old = table("0 1", "/Size 2000000000");
    String pdf = "%PDF-1.5\n" + old;
    String update = xrefStream("/Size 3 /Prev 9");
    int updateAt = pdf.length();
    assertRefused(
        pdf + update + "startxref\n" + updateAt + "\n%%EOF\n", "declares 2000000000 objects");
  }

  @Test
  void aChainOfAsManySectionsAsAllowedPassesAndOneMoreLoops() {
    assertPasses(chain(XrefChain.MAX_SECTIONS));
    assertRefused(chain(XrefChain.MAX_SECTIONS + 1), "loops back on itself");
  }

  @Test
  void aSectionThatIsNeitherTableNorStreamEndsTheChainQuietly() {
    assertPasses("%PDF-1.4\n1 0 R\nstartxref\n9\n%%EOF\n");
    assertPasses("%PDF-1.4\nxref\n0 x\nstartxref\n9\n%%EOF\n");
    assertPasses("%PDF-1.4\nxref\n0 1\n0000000000 65535 f \nstartxref\n9\n%%EOF\n");
    assertPasses("%PDF-1.4\n5 0 obj\n[1 2]\nendobj\nstartxref\n9\n%%EOF\n");
    assertPasses("%PDF-1.4\nstartxref\n99999\n%%EOF\n");
  }

  /** {@code count} classic sections, each naming the one before it as {@code /Prev}. */
  private static String chain(int count) {
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    int previous = -1;
    for (int i = 0; i < count; i++) {
      int at = pdf.length();
      pdf.append(table("0 1", "/Size 1" + (previous < 0 ? "" : " /Prev " + previous)));
      previous = at;
    }
    return pdf.append("startxref\n").append(previous).append("\n%%EOF\n").toString();
  }

  /** A classic section: one subsection header, its free entries, and a trailer. */
  private static String table(String subsection, String trailer) {
    long count = Long.parseLong(subsection.split(" ")[1]);
    return "xref\n"
        + subsection
        + "\n"
        + "0000000000 65535 f \n".repeat((int) count)
        + "trailer\n<< "
        + trailer
        + " >>\n";
  }

  /** A cross-reference stream object (with no entries) whose dictionary adds {@code entries}. */
  private static String xrefStream(String entries) {
    return "9 0 obj\n<< /Type /XRef /W [1 2 1] /Length 0 "
        + entries
        + " >>\nstream\n\nendstream\nendobj\n";
  }

  /** {@code body} after a header, with {@code startxref} pointing at the section it holds. */
  private static String withStartxref(String section) {
    String head = "%PDF-1.5\n";
    return head + section + "startxref\n" + head.length() + "\n%%EOF\n";
  }

  private static void assertPasses(String pdf) {
    assertThatCode(() -> check(pdf)).doesNotThrowAnyException();
  }

  private static void assertRefused(String pdf, String reason) {
    assertThatThrownBy(() -> check(pdf))
        .isInstanceOfSatisfying(
            UnsafePdf.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.message("x")).contains(reason));
  }

  private static void check(String pdf) {
    new XrefChain(new PdfSyntax(pdf.getBytes(StandardCharsets.ISO_8859_1)), LIMIT).check();
  }
}
