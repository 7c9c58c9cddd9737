package org.designcontest.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

  private final InstantConverter converter = new InstantConverter();

  @Test
  void storesInUtcAndReadsBackTheSameInstant() {
    Instant instant = Instant.parse("2026-03-29T01:30:00.000001Z");

    var column = converter.convertToDatabaseColumn(instant);

    assertThat(column.getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(converter.convertToEntityAttribute(column)).isEqualTo(instant);
  }

  @Test
  void keepsNullAsNull() {
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }
}
