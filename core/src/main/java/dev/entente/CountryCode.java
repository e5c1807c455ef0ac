package dev.entente;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A country or territory, current or former, identified by its ISO 3166 code: an ISO 3166-1 alpha-2
 * code for one that exists, such as {@code RU} or {@code US}, and an ISO 3166-3 code for one that
 * has ceased to exist since 1974, such as {@code SUHH} for the Soviet Union or {@code YUCS} for
 * Yugoslavia.
 *
 * <p>The accepted codes are fixed in this class, so that a code is accepted the same way on every
 * JDK: the 249 officially assigned alpha-2 codes, {@code XK} for Kosovo (the user-assigned code in
 * common use), and the 31 codes of ISO 3166-3. Codes are upper case; {@code of("ru")} is refused
 * rather than guessed, and so is a withdrawn alpha-2 code such as {@code SU}, whose message names
 * the ISO 3166-3 code to use instead. A state older than the codes (the Ottoman Empire, Prussia)
 * has none: its {@link Party} names it by an identifier instead.
 *
 * <pre>{@code
 * CountryCode russia = CountryCode.of("RU");
 * CountryCode sovietUnion = CountryCode.of("SUHH");
 * }</pre>
 */
public final class CountryCode implements Comparable<CountryCode> {
  private static final Map<String, CountryCode> ASSIGNED = new HashMap<>();

  /** The codes of ISO 3166-3, of countries that ceased to exist, with their short English names. */
  private static final Map<String, String> FORMER_NAMES = new TreeMap<>();

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
    String[] former = {
      "AIDJ", "French Afars and Issas",
      "ANHH", "Netherlands Antilles",
      "BQAQ", "British Antarctic Territory",
      "BUMM", "Burma",
      "BYAA", "Byelorussian SSR",
      "CSHH", "Czechoslovakia",
      "CSXX", "Serbia and Montenegro",
      "CTKI", "Canton and Enderbury Islands",
      "DDDE", "German Democratic Republic",
      "DYBJ", "Dahomey",
      "FQHH", "French Southern and Antarctic Territories",
      "FXFR", "Metropolitan France",
      "GEHH", "Gilbert and Ellice Islands",
      "HVBF", "Upper Volta",
      "JTUM", "Johnston Island",
      "MIUM", "Midway Islands",
      "NHVU", "New Hebrides",
      "NQAQ", "Dronning Maud Land",
      "NTHH", "Neutral Zone",
      "PCHH", "Trust Territory of the Pacific Islands",
      "PUUM", "United States Miscellaneous Pacific Islands",
      "PZPA", "Panama Canal Zone",
      "RHZW", "Southern Rhodesia",
      "SKIN", "Sikkim",
      "SUHH", "USSR",
      "TPTL", "East Timor",
      "VDVN", "Democratic Republic of Viet-Nam",
      "WKUM", "Wake Island",
      "YDYE", "Democratic Yemen",
      "YUCS", "Yugoslavia",
      "ZRCD", "Zaire"
    };
    for (int i = 0; i < former.length; i += 2) {
      FORMER_NAMES.put(former[i], former[i + 1]);
      ASSIGNED.put(former[i], new CountryCode(former[i]));
    }
  }

  private final String code;

  private CountryCode(String code) {
    this.code = code;
  }

  /**
   * Returns the country with the given code: ISO 3166-1 alpha-2 for a current one, ISO 3166-3 for a
   * former one.
   *
   * @param code two upper-case letters, such as {@code "CH"}, or the four of a former country, such
   *     as {@code "SUHH"}
   * @return the country
   * @throws IllegalArgumentException if the code is not one of the accepted codes; the message says
   *     what would be accepted instead
   */
  public static CountryCode of(String code) {
    Objects.requireNonNull(code, "code");
    CountryCode country = ASSIGNED.get(code);
    if (country == null) {
      throw new IllegalArgumentException(refusal(code));
    }
    return country;
  }

  private static String refusal(String code) {
    String quoted = "\"" + code + "\"";
    String upper = code.toUpperCase(Locale.ROOT);
    if (!upper.equals(code) && ASSIGNED.containsKey(upper)) {
      return quoted + " is not a country code: codes are upper case, \"" + upper + "\"";
    }
    List<String> successors =
        FORMER_NAMES.entrySet().stream()
            .filter(former -> code.length() == 2 && former.getKey().startsWith(code))
            .map(former -> "\"" + former.getKey() + "\" (" + former.getValue() + ")")
            .toList();
    if (!successors.isEmpty()) {
      return quoted
          + " is no longer an ISO 3166-1 alpha-2 code: a former country has its ISO 3166-3 code, "
          + String.join(" or ", successors);
    }
    return quoted
        + " is not a country code: a current country has its ISO 3166-1 alpha-2 code (two"
        + " upper-case letters, such as \"RU\"), a former one its ISO 3166-3 code (four, such as"
        + " \"SUHH\" for the USSR); a state older than the codes has none, and is named by an"
        + " identifier instead";
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
   * Returns the code.
   *
   * @return the code, such as {@code "RU"}, or {@code "SUHH"} for a former country
   */
  public String code() {
    return code;
  }

  /**
   * Tells whether this is the ISO 3166-3 code of a country that ceased to exist.
   *
   * @return whether the country is a former one
   */
  public boolean isFormer() {
    return code.length() == 4;
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

  /** Returns the code, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return code;
  }
}
