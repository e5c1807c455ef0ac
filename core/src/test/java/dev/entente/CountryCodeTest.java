package dev.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {
  @ParameterizedTest
  @ValueSource(strings = {"RU", "US", "CH", "BE", "AT", "CU", "XK"})
  void acceptsAssignedCodes(String code) {
    assertThat(CountryCode.of(code).code()).isEqualTo(code);
    assertThat(CountryCode.of(code).isFormer()).isFalse();
    assertThat(CountryCode.isValid(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"SUHH", "YUCS", "CSHH", "CSXX", "DDDE", "ANHH", "ZRCD", "BUMM"})
  void acceptsTheCodesOfFormerCountries(String code) {
    assertThat(CountryCode.of(code).code()).isEqualTo(code);
    assertThat(CountryCode.of(code).isFormer()).isTrue();
    assertThat(CountryCode.isValid(code)).isTrue();
  }

  @Test
  void agreesWithTheJdkOnCurrentAndFormerCodes() {
    // The JDK's lists are ISO 3166's of its release, which may change; the class holds its own so
    // that every JDK accepts the same codes. Both agree on Java 17 and 25, but for Kosovo's XK.
    Set<String> jdk = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    assertThat(jdk).hasSize(249).allMatch(CountryCode::isValid);
    assertThat(jdk).contains("RU", "SS", "BQ");
    Set<String> former = Locale.getISOCountries(Locale.IsoCountryCode.PART3);
    assertThat(former).hasSize(31).allMatch(code -> CountryCode.of(code).isFormer());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ru | \"ru\" is not a country code: codes are upper case, \"RU\"",
        "suhh | \"suhh\" is not a country code: codes are upper case, \"SUHH\"",
        "SU | \"SU\" is no longer an ISO 3166-1 alpha-2 code: a former country has its ISO 3166-3"
            + " code, \"SUHH\" (USSR)",
        "YU | \"YU\" is no longer an ISO 3166-1 alpha-2 code: a former country has its ISO 3166-3"
            + " code, \"YUCS\" (Yugoslavia)",
        "CS | \"CS\" is no longer an ISO 3166-1 alpha-2 code: a former country has its ISO 3166-3"
            + " code, \"CSHH\" (Czechoslovakia) or \"CSXX\" (Serbia and Montenegro)",
        "DD | \"DD\" is no longer an ISO 3166-1 alpha-2 code: a former country has its ISO 3166-3"
            + " code, \"DDDE\" (German Democratic Republic)"
      })
  void namesWhatToWriteInstead(String code, String message) {
    assertThat(CountryCode.isValid(code)).isFalse();
    assertThatThrownBy(() -> CountryCode.of(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"USA", "U", "", "ZZ", "EU", "SUH", "SUHHH", "XXXX"})
  void refusesAnythingElseWithoutGuessing(String code) {
    assertThat(CountryCode.isValid(code)).isFalse();
    assertThatThrownBy(() -> CountryCode.of(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "\""
                + code
                + "\" is not a country code: a current country has its ISO 3166-1 alpha-2 code (two"
                + " upper-case letters, such as \"RU\"), a former one its ISO 3166-3 code (four,"
                + " such as \"SUHH\" for the USSR); a state older than the codes has none, and is"
                + " named by an identifier instead");
  }

  @Test
  void isAValueOrderedByCode() {
    assertThat(CountryCode.of("RU"))
        .isEqualTo(CountryCode.of("RU"))
        .hasSameHashCodeAs(CountryCode.of("RU"));
    assertThat(CountryCode.of("RU")).isNotEqualTo(CountryCode.of("US")).hasToString("RU");
    assertThat(CountryCode.of("SUHH")).hasToString("SUHH");
    assertThat(CountryCode.of("AT").compareTo(CountryCode.of("CH"))).isNegative();
    assertThat(
            Stream.of("YUCS", "RU", "SUHH")
                .map(CountryCode::of)
                .sorted()
                .map(CountryCode::code)
                .collect(Collectors.joining(" ")))
        .isEqualTo("RU SUHH YUCS");
  }
}
