package dev.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {
  @ParameterizedTest
  @ValueSource(strings = {"RU", "US", "CH", "BE", "AT", "CU", "XK"})
  void acceptsAssignedCodes(String code) {
    assertThat(CountryCode.of(code).code()).isEqualTo(code);
    assertThat(CountryCode.isValid(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru", "USA", "U", "", "ZZ", "SU", "EU"})
  void refusesAnythingElseWithoutGuessing(String code) {
    assertThat(CountryCode.isValid(code)).isFalse();
    assertThatThrownBy(() -> CountryCode.of(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "\""
                + code
                + "\" is not an ISO 3166-1 alpha-2 country code (two upper-case letters, such as \"RU\")");
  }

  @Test
  void isAValueOrderedByCode() {
    assertThat(CountryCode.of("RU"))
        .isEqualTo(CountryCode.of("RU"))
        .hasSameHashCodeAs(CountryCode.of("RU"));
    assertThat(CountryCode.of("RU")).isNotEqualTo(CountryCode.of("US")).hasToString("RU");
    assertThat(CountryCode.of("AT").compareTo(CountryCode.of("CH"))).isNegative();
  }
}
