package dev.entente.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The worked example of docs/testing.md is the code these tests run, word for word. */
class TestingGuideTest {
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- from (\\S+) -->\n```java\n(.*?)\n```", Pattern.DOTALL);

  @Test
  void everySnippetOfTheGuideStandsInItsSourceFile() throws IOException {
    Matcher snippets = SNIPPET.matcher(Files.readString(Path.of("../docs/testing.md")));
    int count = 0;
    while (snippets.find()) {
      String source = Files.readString(Path.of("..", snippets.group(1)));
      assertThat(source).as(snippets.group(1)).contains(snippets.group(2));
      count++;
    }
    assertThat(count).as("snippets in the guide").isEqualTo(4);
  }
}
