package io.cxkit.survey.spi;

import io.cxkit.core.InvalidValueException;
import java.util.Objects;

/**
 * How a flat export writes the parts of an answer that vary between tools and locales.
 *
 * @param decimalComma whether numbers use a decimal comma ({@code 4,5}), as exports in German,
 *     French or Russian locales do
 * @param listSeparator what separates the codes or labels of a multiple choice in one cell, such as
 *     {@code ;} or {@code |}; not blank, and none of its characters is a quote or a line break
 */
public record CellFormat(boolean decimalComma, String listSeparator) {

  /** Decimal point, and {@code ;} between the options of a multiple choice. */
  public static final CellFormat DEFAULT = new CellFormat(false, ";");

  /** @throws InvalidValueException if the separator is blank or holds a quote or line break */
  public CellFormat {
    Objects.requireNonNull(listSeparator, "listSeparator");
    if (listSeparator.isBlank() || listSeparator.chars().anyMatch(c -> c == '"' || c == '\n' || c == '\r')) {
      throw new InvalidValueException("listSeparator", "\"" + listSeparator + "\"",
          "must be a visible separator such as ; or | without quotes or line breaks");
    }
  }
}
