package dev.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the README's code sample, and checks that the README shows exactly this code. */
class ReadmeExampleTest {
  private static final Path THIS_FILE = Path.of("src/test/java/dev/entente/ReadmeExampleTest.java");
  private static final Path README = Path.of("../README.md");

  @Test
  void theSampleRunsAsTheReadmeSays() {
    // README begin
    Dossier dossier = Dossier.builder()
        .add(Party.builder().id("ru").kind(PartyKind.STATE).name("Russia")
            .country(CountryCode.of("RU")).build())
        .add(Party.builder().id("us").kind(PartyKind.STATE).name("United States")
            .country(CountryCode.of("US")).build())
        .add(Leader.builder().id("putin").name("Vladimir Putin").party("ru")
            .role(Role.HEAD_OF_STATE).build())
        .add(Leader.builder().id("biden").name("Joe Biden").party("us")
            .role(Role.HEAD_OF_STATE).build())
        .add(Conversation.builder()
            .id("call-2021-12-30")
            .mode(ConversationMode.PHONE_CALL)
            .addParticipants("putin", "biden")
            .initiator("putin")
            .when(Span.of(
                TimePoint.parse("2021-12-30T15:35-05:00"),
                TimePoint.parse("2021-12-30T16:25-05:00")))
            .build())
        .build();

    Conversation call = dossier.conversationsOf("biden").get(0);
    Duration length = call.when().length().orElseThrow();                 // PT50M
    boolean friday = call.when().fallsOn(
        LocalDate.of(2021, 12, 31), ZoneId.of("Europe/Moscow"));          // true
    // README end

    assertThat(length).isEqualTo(Duration.ofMinutes(50));
    assertThat(friday).isTrue();
    assertThat(dossier.counterpartsOf("putin")).extracting(Leader::id).containsExactly("biden");
  }

  @Test
  void theReadmeShowsThisSample() throws IOException {
    List<String> lines = Files.readAllLines(THIS_FILE, StandardCharsets.UTF_8);
    int begin = lines.indexOf("    // README begin");
    int end = lines.indexOf("    // README end");
    String sample =
        lines.subList(begin + 1, end).stream()
            .map(line -> line.length() > 4 ? line.substring(4) : line.strip())
            .collect(Collectors.joining("\n"));

    Matcher block =
        Pattern.compile("```java\n(.*?)\n```", Pattern.DOTALL)
            .matcher(Files.readString(README, StandardCharsets.UTF_8));

    assertThat(block.find()).as("a java block in the README").isTrue();
    assertThat(block.group(1)).isEqualTo(sample);
  }
}
