package dev.entente.formats.historian;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.VisitKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VisitKindsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "State visit. In U.S. September 8–10. | STATE_VISIT",
        "State Visit | STATE_VISIT",
        "Official visit at Washington and Camp David | OFFICIAL_VISIT",
        "Official Working Visit. Met with the President. | OFFICIAL_WORKING_VISIT",
        "official working visit; discussed trade | OFFICIAL_WORKING_VISIT",
        "Working visit. | WORKING_VISIT",
        "Private visit; met with Queen Elizabeth II. | PRIVATE_VISIT",
      })
  void takesTheKindThatOpensTheText(String text, VisitKind kind) {
    assertThat(VisitKinds.named(text)).contains(kind);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Informal visit; met with President Diaz Ordaz.",
        "Attended the NATO Summit.",
        "Met with President Mahmoud Abbas.",
        "Statewide tour.",
        "Working visitor programme.",
        "Also a state visit."
      })
  void takesNoKindFromAnyOtherOpening(String text) {
    assertThat(VisitKinds.named(text)).isEmpty();
  }
}
