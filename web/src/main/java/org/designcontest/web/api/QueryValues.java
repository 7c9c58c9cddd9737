package org.designcontest.web.api;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.platform.boundary.Page;

/** Query parameters read as typed values; a value that does not parse is a 400 naming it. */
public final class QueryValues {

  private QueryValues() {}

  /** true or false (case-insensitive); false when the parameter is absent. */
  public static boolean bool(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidFieldException(parameter, "Say true or false.");
    };
  }

  /** The constant named (case-insensitive), or null when the parameter is absent. */
  public static <E extends Enum<E>> E enumValue(Class<E> type, String parameter, String value) {
    return value == null || value.isBlank() ? null : requiredEnum(type, parameter, value);
  }

  /** The constant named (case-insensitive); a 400 naming the parameter when absent or unknown. */
  public static <E extends Enum<E>> E requiredEnum(Class<E> type, String parameter, String value) {
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> value != null && constant.name().equalsIgnoreCase(value.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidFieldException(
                    parameter,
                    "Say one of "
                        + Arrays.stream(type.getEnumConstants())
                            .map(constant -> constant.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "))
                        + "."));
  }

  public static BigDecimal decimal(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidFieldException(parameter, "Say a number, such as 250 or 99.50.");
    }
  }

  /** A whole number, or {@code absent} when the parameter is not given. */
  public static Integer integer(String parameter, String value, Integer absent) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidFieldException(parameter, "Say a whole number.");
    }
  }

  /** An id, or null when the parameter is not given. */
  public static Long id(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidFieldException(parameter, "Say an id, a whole number.");
    }
  }

  /** The page asked for: {@code page} from 0 (default 0) and {@code size} (default given). */
  public static Page.Request page(String page, String size, int defaultSize) {
    return new Page.Request(integer("page", page, 0), integer("size", size, defaultSize));
  }
}
