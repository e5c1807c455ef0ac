package dev.entente.formats.internal;

import dev.entente.CountryCode;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ISO 3166-1 alpha-3 code and English short name of each code the model accepts, from the table
 * {@code countries.tsv} beside this class: PLOVER's actors, recipients and locations give countries
 * by alpha-3 code, and the other formats name a place's country. Not part of the API: the package
 * is not exported.
 */
public final class Iso3166 {
  private static final Map<String, String[]> BY_CODE = new HashMap<>();

  /** A current code before a former one that had the same alpha-3 code (ATF: TF before FQHH). */
  private static final Map<String, CountryCode> BY_ALPHA3 = new HashMap<>();

  static {
    for (String[] row : Tables.rows(Iso3166.class, "countries.tsv", 3)) {
      BY_CODE.put(row[0], row);
      BY_ALPHA3.putIfAbsent(row[1], CountryCode.of(row[0]));
    }
  }

  private Iso3166() {}

  /**
   * Returns a country's ISO 3166-1 alpha-3 code.
   *
   * @param country the country
   * @return its code, such as {@code RUS}; {@code KOS} for Kosovo; the ISO 3166-3 code of a former
   *     country, such as {@code SUN}
   */
  public static String alpha3(CountryCode country) {
    return row(country)[1];
  }

  /**
   * Returns a country's English short name.
   *
   * @param country the country
   * @return its name, such as {@code Switzerland}
   */
  public static String name(CountryCode country) {
    return row(country)[2];
  }

  /**
   * Returns the country of an alpha-3 code: the current one where a former country had the same.
   *
   * @param alpha3 the code
   * @return the country, or empty if the code is none of the table's
   */
  public static Optional<CountryCode> ofAlpha3(String alpha3) {
    return Optional.ofNullable(BY_ALPHA3.get(alpha3));
  }

  private static String[] row(CountryCode country) {
    return Objects.requireNonNull(BY_CODE.get(country.code()), country.code());
  }
}
