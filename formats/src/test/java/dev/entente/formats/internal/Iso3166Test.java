package dev.entente.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.CountryCode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The shipped table against the JDK's own ISO 3166 data, for every current code the JDK knows. */
class Iso3166Test {
  @Test
  void givesEveryCurrentCodeTheAlpha3CodeTheJdkGivesIt() {
    int compared = 0;
    for (String code : Locale.getISOCountries()) {
      if (CountryCode.isValid(code)) {
        assertThat(Iso3166.alpha3(CountryCode.of(code)))
            .as(code)
            .isEqualTo(new Locale.Builder().setRegion(code).build().getISO3Country());
        assertThat(Iso3166.ofAlpha3(Iso3166.alpha3(CountryCode.of(code))))
            .contains(CountryCode.of(code));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(249);
  }

  @Test
  void givesKosovoAndFormerCountriesTheCodesPloverAndIso3166ThreeUse() {
    assertThat(Iso3166.alpha3(CountryCode.of("XK"))).isEqualTo("KOS");
    assertThat(Iso3166.alpha3(CountryCode.of("SUHH"))).isEqualTo("SUN");
    assertThat(Iso3166.alpha3(CountryCode.of("YUCS"))).isEqualTo("YUG");
    assertThat(Iso3166.name(CountryCode.of("DDDE"))).isEqualTo("German Democratic Republic");
    assertThat(Iso3166.ofAlpha3("ATF")).contains(CountryCode.of("TF"));
    assertThat(Iso3166.ofAlpha3("XXX")).isEmpty();
  }
}
