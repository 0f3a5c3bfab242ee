package org.vigil.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void quotedFieldsKeepTheirCommasAndDoubledQuotes() {
    assertThat(Csv.parse("a,\"Doctor, Gina\",\"say \"\"hi\"\"\",\r\nb,,c\n"))
        .containsExactly(new Csv.Row(1, List.of("a", "Doctor, Gina", "say \"hi\"", "")),
            new Csv.Row(2, List.of("b", "", "c")));
  }

  @Test
  void blankLinesAreSkippedButLineNumbersStayThoseOfTheFile() {
    assertThat(Csv.parse("\uFEFFh\n\nx\n")).extracting(Csv.Row::line).containsExactly(1, 3);
  }

  @Test
  void anUnclosedQuoteIsRefusedNamingItsLine() {
    assertThatThrownBy(() -> Csv.parse("h\n\"open,x\n"))
        .hasMessage("line 2: a quoted field is not closed");
  }
}
