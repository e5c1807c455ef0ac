package dev.entente;

import static dev.entente.Invalid.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicTest {
  @Test
  void buildsWithEveryField() {
    Topic topic =
        Topic.builder()
            .id("weapons-deployment")
            .label("Deployment of weapons systems")
            .description("Weapons systems near borders")
            .addSource("report")
            .build();

    assertThat(topic.recordKind()).isEqualTo(RecordKind.TOPIC);
    assertThat(topic.id()).isEqualTo("weapons-deployment");
    assertThat(topic.label()).isEqualTo("Deployment of weapons systems");
    assertThat(topic.description()).contains("Weapons systems near borders");
    assertThat(topic.sources()).containsExactly("report");
  }

  @Test
  void isEqualByValue() {
    assertThat(Topic.of("ukraine", "Ukraine"))
        .isEqualTo(Topics.UKRAINE)
        .hasSameHashCodeAs(Topics.UKRAINE);
    assertThat(Topic.of("ukraine", "The Ukraine")).isNotEqualTo(Topics.UKRAINE);
  }

  @Test
  void hasAReadyVocabularyWithStableSlugs() {
    assertThat(Topics.all())
        .extracting(Topic::id)
        .containsExactly(
            "security-guarantees",
            "nato-enlargement",
            "ukraine",
            "cyber-security",
            "iran-nuclear-deal",
            "bilateral-relations",
            "arms-control");
  }

  @Test
  void refusesAMissingLabel() {
    assertRejected(
        () -> Topic.builder().id("ukraine").build(),
        "label",
        "Topic \"ukraine\": label is required");
  }

  @Test
  void refusesABlankDescription() {
    assertRejected(
        () -> Topic.builder().id("ukraine").label("Ukraine").description(" ").build(),
        "description",
        "Topic \"ukraine\": description must not be blank");
  }

  @Test
  void refusesAnIdThatIsNotASlug() {
    assertRejected(
        () -> Topic.of("-ukraine", "Ukraine"),
        "id",
        "Topic: id \"-ukraine\" must be 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or"
            + " digit");
  }
}
