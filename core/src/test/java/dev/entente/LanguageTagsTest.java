package dev.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The remembered canonical forms of language tags are the ones {@link Locale} gives each time. */
class LanguageTagsTest {
  @ParameterizedTest
  @ValueSource(strings = {"en", "ru", "en-US", "en-us", "zh-Hans", "iw", "und", "Russian!", "x-a"})
  void givesWhatLocaleGivesTheFirstTimeAndEveryTimeAfter(String tag) {
    String expected = Locale.forLanguageTag(tag).toLanguageTag();

    assertThat(LanguageTags.canonical(tag)).isEqualTo(expected);
    assertThat(LanguageTags.canonical(tag)).isEqualTo(expected);
  }

  @RepeatedTest(2)
  void keepsGivingTheRightFormPastWhatItRemembers() {
    for (int i = 0; i < 1_500; i++) {
      String tag = "en-" + Integer.toString(i, 36) + "x" + i;
      assertThat(LanguageTags.canonical(tag)).isEqualTo(Locale.forLanguageTag(tag).toLanguageTag());
    }
  }
}
