package io.cxkit.survey.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** {@link CsvOptions#withDelimiter} keeps the separator of choices apart from the delimiter. */
class CsvOptionsTest {

  @Test
  void aDelimiterThatTheSeparatorOfChoicesHoldsMovesTheSeparatorAside() {
    // The default separator ; clashes with the delimiter ;: choices are then separated by |.
    assertThat(CsvOptions.DEFAULT.withDelimiter(';').cells().listSeparator()).isEqualTo("|");
    // With | as the delimiter, | cannot separate choices: they are separated by ; instead,
    // whichever way the | separator came.
    assertThat(CsvOptions.DEFAULT.withDelimiter(';').withDelimiter('|').cells().listSeparator())
        .isEqualTo(";");
    assertThat(CsvOptions.DEFAULT.withListSeparator("|").withDelimiter('|').cells()
        .listSeparator()).isEqualTo(";");
    // No clash, no change.
    assertThat(CsvOptions.DEFAULT.withDelimiter('\t').cells().listSeparator()).isEqualTo(";");
    assertThat(CsvOptions.DEFAULT.withDelimiter(';').withDelimiter('|').delimiter()).isEqualTo('|');
  }

  @Test
  void aSeparatorOfChoicesThatHoldsTheDelimiterIsRefused() {
    assertThatThrownBy(() -> CsvOptions.DEFAULT.withDelimiter(';').withListSeparator(";"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("cells.listSeparator = \";\": must not hold the delimiter ;: choose another "
            + "separator of choices");
  }
}
