package org.parolekit.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the raw PDF reader makes of values, including ones cut off by the end of the file. */
class PdfSyntaxTest {
  @Test
  void skipsWhiteSpaceAndCommentsUpToTheNextValue() {
    assertThat(syntax(" \t\r\n\f\u0000/A").skipSpace(0)).isEqualTo(6);
    assertThat(syntax("% a comment\r/A").skipSpace(0)).isEqualTo(12);
    assertThat(syntax("%\n%\n /A").skipSpace(0)).isEqualTo(5);
    assertThat(syntax("  ").skipSpace(0)).isEqualTo(2);
    assertThat(syntax("/A % to the end").skipSpace(2)).isEqualTo(15);
  }

  @Test
  void readsANameUpToTheNextDelimiter() {
    assertThat(read("/Type/Page")).isEqualTo(new PdfSyntax.Read(new PdfSyntax.Name("Type"), 5));
    assertThat(read("/Name(text)")).isEqualTo(new PdfSyntax.Read(new PdfSyntax.Name("Name"), 5));
    assertThat(read(" /Filter")).isEqualTo(new PdfSyntax.Read(new PdfSyntax.Name("Filter"), 8));
  }

  @Test
  void readsWordsAndWholeNumbersThatEndTheFile() {
    assertThat(read("true")).isEqualTo(new PdfSyntax.Read(new PdfSyntax.Word("true"), 4));
    assertThat(syntax("xref").word(0)).contains(new PdfSyntax.Read(new PdfSyntax.Word("xref"), 4));
    assertThat(syntax(" trailer<<").word(0))
        .contains(new PdfSyntax.Read(new PdfSyntax.Word("trailer"), 8));
    assertThat(read("12")).isEqualTo(new PdfSyntax.Read(12L, 2));
    assertThat(syntax(" 345").number(0)).contains(new PdfSyntax.Read(345L, 4));
    assertThat(syntax("/A").number(0)).isEmpty();
    assertThat(syntax("[").word(0)).isEmpty();
  }

  @Test
  void aWholeNumberTooBigForALongSaturates() {
    assertThat(syntax("9223372036854775799").number(0).map(PdfSyntax.Read::value))
        .contains(9223372036854775799L);
    assertThat(syntax("99999999999999999999").number(0).map(PdfSyntax.Read::value))
        .contains(Long.MAX_VALUE);
  }

  @Test
  void readsSignedOrFractionalNumbersAsNotWhole() {
    assertThat(read("-5 0 R")).isEqualTo(new PdfSyntax.Read(Double.NaN, 2));
    assertThat(read("+5")).isEqualTo(new PdfSyntax.Read(Double.NaN, 2));
    assertThat(read(".5")).isEqualTo(new PdfSyntax.Read(Double.NaN, 2));
    assertThat(read("1.5 /X")).isEqualTo(new PdfSyntax.Read(Double.NaN, 3));
    assertThat(read("- /X")).isEqualTo(new PdfSyntax.Read(Double.NaN, 1));
  }

  @Test
  void readsAReferenceOnlyWhenItEndsInR() {
    assertThat(read("12 0 R /X")).isEqualTo(new PdfSyntax.Read(new PdfSyntax.Ref(12, 0), 6));
    assertThat(read("12 0 obj")).isEqualTo(new PdfSyntax.Read(12L, 2));
    assertThat(read("12 0")).isEqualTo(new PdfSyntax.Read(12L, 2));
  }

  @Test
  void readsStringsToTheirEnd() {
    assertThat(read("<48656c6c6f> /X")).isEqualTo(new PdfSyntax.Read(new PdfSyntax.Text(), 12));
    assertThat(read("<>")).isEqualTo(new PdfSyntax.Read(new PdfSyntax.Text(), 2));
    assertThat(read("(a) /X")).isEqualTo(new PdfSyntax.Read(new PdfSyntax.Text(), 3));
    assertThat(read("(a(b)c) /X")).isEqualTo(new PdfSyntax.Read(new PdfSyntax.Text(), 7));
    assertThat(read("(a\\)b) /X")).isEqualTo(new PdfSyntax.Read(new PdfSyntax.Text(), 6));
    assertThat(read("(a\\(b) /X")).isEqualTo(new PdfSyntax.Read(new PdfSyntax.Text(), 6));
  }

  @Test
  void readsAStringThatStartsJustAfterAnotherValue() {
    assertThat(syntax("><41>").value(1)).contains(new PdfSyntax.Read(new PdfSyntax.Text(), 5));
    assertThat(syntax(")(a)").value(1)).contains(new PdfSyntax.Read(new PdfSyntax.Text(), 4));
    assertThat(read("[<41><42>(c)]"))
        .isEqualTo(
            new PdfSyntax.Read(
                List.of(new PdfSyntax.Text(), new PdfSyntax.Text(), new PdfSyntax.Text()), 13));
  }

  @Test
  void readsArraysAndDictionariesToTheirEnd() {
    assertThat(read("[1 /A [2]] /X"))
        .isEqualTo(new PdfSyntax.Read(List.of(1L, new PdfSyntax.Name("A"), List.of(2L)), 10));
    assertThat(read("<< /Length 5 /Filter [/A85 /Fl] /Root 1 0 R >>x"))
        .isEqualTo(
            new PdfSyntax.Read(
                Map.of(
                    "Length",
                    5L,
                    "Filter",
                    List.of(new PdfSyntax.Name("A85"), new PdfSyntax.Name("Fl")),
                    "Root",
                    new PdfSyntax.Ref(1, 0)),
                46));
    assertThat(read("<<>>")).isEqualTo(new PdfSyntax.Read(Map.of(), 4));
  }

  @Test
  void aValueCutOffByTheEndOfTheFileIsAbsent() {
    for (String cut :
        List.of(
            "",
            " ",
            "%",
            "<",
            "<41",
            "(abc",
            "(a(b)",
            "[1 2",
            "[",
            "<< /A 1",
            "<< /A 1 >",
            "<< /A",
            "<<")) {
      assertThat(syntax(cut).value(0)).as(cut).isEmpty();
    }
  }

  @Test
  void aDictionaryWhoseKeyIsNoNameIsAbsent() {
    assertThat(syntax("<< 1 2 >>").value(0)).isEmpty();
    assertThat(syntax("<< /A ] >>").value(0)).isEmpty();
    assertThat(syntax("[1 ) 2]").value(0)).isEmpty();
  }

  @Test
  void readsNestingUpToItsDepthAndNoDeeper() {
    int deepest = PdfSyntax.MAX_DEPTH + 1;
    assertThat(syntax("[".repeat(deepest) + "]".repeat(deepest)).value(0)).isPresent();
    assertThat(syntax("[".repeat(deepest + 1) + "]".repeat(deepest + 1)).value(0)).isEmpty();
    assertThat(syntax(dictionaries(deepest)).value(0)).isPresent();
    assertThat(syntax(dictionaries(deepest + 1)).value(0)).isEmpty();
  }

  @Test
  void findsBytesAtTheVeryStartAndEnd() {
    PdfSyntax pdf = syntax("obj 1 0 obj");
    byte[] obj = "obj".getBytes(StandardCharsets.US_ASCII);
    assertThat(pdf.indexOf(obj, 0)).isZero();
    assertThat(pdf.indexOf(obj, 1)).isEqualTo(8);
    assertThat(pdf.indexOf(obj, 9)).isEqualTo(-1);
    assertThat(pdf.indexOf(obj, -5)).isZero();
    assertThat(pdf.lastIndexOf(obj, pdf.length() - 1, 0)).isEqualTo(8);
    assertThat(pdf.lastIndexOf(obj, 7, 0)).isZero();
    assertThat(pdf.lastIndexOf(obj, 7, 1)).isEqualTo(-1);
    assertThat(pdf.lastIndexOf(obj, pdf.length() - 1, 8)).isEqualTo(8);
    assertThat(pdf.lastIndexOf(obj, pdf.length() - 1, 9)).isEqualTo(-1);
    assertThat(syntax("ob").indexOf(obj, 0)).isEqualTo(-1);
    assertThat(syntax("obj o").lastIndexOf(obj, 4, 0)).isZero();
  }

  /** {@code count} dictionaries each inside the one before, the innermost empty. */
  private static String dictionaries(int count) {
    return "<< /A ".repeat(count - 1) + "<< >>" + " >>".repeat(count - 1);
  }

  private static PdfSyntax.Read read(String text) {
    Optional<PdfSyntax.Read> read = syntax(text).value(0);
    assertThat(read).as(text).isPresent();
    return read.get();
  }

  private static PdfSyntax syntax(String text) {
    return new PdfSyntax(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
