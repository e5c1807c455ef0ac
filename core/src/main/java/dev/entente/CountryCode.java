package dev.entente;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A country or territory, identified by its ISO 3166-1 alpha-2 code, such as {@code RU} or {@code
 * US}.
 *
 * <p>The accepted codes are the 249 officially assigned ones, fixed in this class so that a code is
 * accepted the same way on every JDK, plus {@code XK} for Kosovo, the user-assigned code in common
 * use. Codes are upper case; {@code of("ru")} is refused rather than guessed.
 *
 * <pre>{@code
 * CountryCode russia = CountryCode.of("RU");
 * }</pre>
 */
public final class CountryCode implements Comparable<CountryCode> {
  private static final Map<String, CountryCode> ASSIGNED = new HashMap<>();

  static {
    for (String code :
        ("AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN"
                + " BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW"
                + " CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD"
                + " GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL"
                + " IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC"
                + " LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT"
                + " MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK"
                + " PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL"
                + " SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW"
                + " TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK")
            .split(" ", -1)) {
      ASSIGNED.put(code, new CountryCode(code));
    }
  }

  private final String code;

  private CountryCode(String code) {
    this.code = code;
  }

  /**
   * Returns the country with the given ISO 3166-1 alpha-2 code.
   *
   * @param code two upper-case letters, such as {@code "CH"}
   * @return the country
   * @throws IllegalArgumentException if the code is not an assigned ISO 3166-1 alpha-2 code
   */
  public static CountryCode of(String code) {
    Objects.requireNonNull(code, "code");
    CountryCode country = ASSIGNED.get(code);
    if (country == null) {
      throw new IllegalArgumentException(
          "\""
              + code
              + "\" is not an ISO 3166-1 alpha-2 country code (two upper-case letters, such as \"RU\")");
    }
    return country;
  }

  /**
   * Tells whether a text is an accepted country code.
   *
   * @param code the text to check
   * @return whether {@link #of(String)} accepts it
   */
  public static boolean isValid(String code) {
    return ASSIGNED.containsKey(code);
  }

  /**
   * Returns the two-letter code.
   *
   * @return the code, such as {@code "RU"}
   */
  public String code() {
    return code;
  }

  @Override
  public int compareTo(CountryCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CountryCode that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the two-letter code, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return code;
  }
}
