package dev.entente.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's quick start is the code of {@link QuickStart}, word for word. */
class ReadmeTest {
  @Test
  void theReadmeShowsTheQuickStart() throws IOException {
    List<String> lines =
        Files.readAllLines(
            Path.of("src/main/java/dev/entente/examples/QuickStart.java"), StandardCharsets.UTF_8);
    String sample =
        lines
            .subList(lines.indexOf("    // README begin") + 1, lines.indexOf("    // README end"))
            .stream()
            .map(line -> line.length() > 4 ? line.substring(4) : line.strip())
            .collect(Collectors.joining("\n"));
    Matcher block =
        Pattern.compile("```java\n(.*?)\n```", Pattern.DOTALL)
            .matcher(Files.readString(Path.of("../README.md")));

    assertThat(block.find()).as("a java block in the README").isTrue();
    assertThat(block.group(1)).isEqualTo(sample);
  }
}
