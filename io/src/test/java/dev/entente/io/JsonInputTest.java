package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The path the input keeps of where it is, which every error names. */
class JsonInputTest {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  @Test
  void pathGrowsPastItsFirstRoomAndShrinksBack() {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), "{}")) {
      JsonInput in = new JsonInput(parser, false, Positions.AS_PARSED);
      StringBuilder expected = new StringBuilder("$");
      int levels = 3 * JsonInput.PATH_ROOM + 1;
      for (int level = 0; level < levels; level++) {
        if (level % 2 == 0) {
          in.enter("f" + level);
          expected.append(".f").append(level);
        } else {
          in.enter(level);
          expected.append('[').append(level).append(']');
        }
        assertThat(in.path()).isEqualTo(expected.toString());
      }
      assertThat(in.pathTo("odd name")).isEqualTo(expected + "[\"odd name\"]");
      for (int level = levels; level > 2; level--) {
        in.leave();
      }
      assertThat(in.path()).isEqualTo("$.f0[1]");
      in.enter("again");
      assertThat(in.path()).isEqualTo("$.f0[1].again");
    }
  }
}
