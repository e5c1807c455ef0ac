package dev.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The scheme names of identifiers, checked by hand as the rule's regular expression says. */
class IdentifiersTest {
  private static final Pattern RULE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  /** Every character class at the edges of the rule, and some outside ASCII. */
  private static final char[] ALPHABET = "a`{zA0/9:-_ .é\u0130\u212a".toCharArray();

  @Test
  void agreesWithTheRuleOnEveryShortNameAndOnLongOnes() {
    List<String> names = new ArrayList<>();
    names.add("");
    for (char a : ALPHABET) {
      names.add("" + a);
      for (char b : ALPHABET) {
        names.add("" + a + b);
        for (char c : ALPHABET) {
          names.add("" + a + b + c);
        }
      }
    }
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder name = new StringBuilder("x");
      int length = 28 + random.nextInt(8);
      while (name.length() < length) {
        name.append(random.nextInt(20) == 0 ? ALPHABET[random.nextInt(ALPHABET.length)] : 'q');
      }
      names.add(name.toString());
    }

    for (String name : names) {
      assertThat(Identifiers.isScheme(name))
          .as("scheme \"%s\"", name)
          .isEqualTo(RULE.matcher(name).matches());
    }
    assertThat(names).filteredOn(Identifiers::isScheme).hasSizeGreaterThan(1000);
    assertThat(Identifiers.isScheme("w".repeat(32))).isTrue();
    assertThat(Identifiers.isScheme("w".repeat(33))).isFalse();
  }
}
