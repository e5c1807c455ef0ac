package dev.entente;

import static dev.entente.Records.agreement;
import static dev.entente.Records.conversation;
import static dev.entente.Records.leader;
import static dev.entente.Records.party;
import static dev.entente.Records.statement;
import static dev.entente.Records.talks;
import static dev.entente.Records.topic;
import static dev.entente.Records.visit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.internal.Declarations;
import java.lang.reflect.Method;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A builder copies a value of its own type, field by field, and no other. */
class BuilderFromTest {
  @ParameterizedTest
  @EnumSource(RecordKind.class)
  void aBuilderCopiesOnlyARecordOfItsOwnKind(RecordKind kind) {
    Class<?> builder = Declarations.of(kind).newBuilder().getClass();

    assertThat(Stream.of(builder.getMethods()).filter(m -> m.getName().equals("from")))
        .extracting(Method::getParameterTypes)
        .containsExactly(new Class<?>[] {kind.type()});
  }

  @Test
  void aCopyIsEqualToItsOriginalInEveryField() {
    List<DossierRecord> records =
        List.of(
            party("nato")
                .addOtherName("NATO")
                .addMember(
                    Membership.builder().party("ru").joined(TimePoint.parse("2002-05-28")).build())
                .identifiers(Map.of("wikidata", "Q7184"))
                .addSource("s")
                .build(),
            leader("putin", "ru")
                .addOffice(
                    Office.builder()
                        .party("ru")
                        .role(Role.HEAD_OF_STATE)
                        .title("President")
                        .term(Span.of(TimePoint.parse("2012-05-07")))
                        .standing(Standing.ACTING)
                        .build())
                .build(),
            topic("t").description("A topic.").build(),
            statement("s", "ru")
                .quote("Words.")
                .addAbout("t")
                .url(URI.create("https://example.org/s"))
                .build(),
            conversation("call", "putin", "biden")
                .initiator("putin")
                .when(Span.of(TimePoint.parse("2021-12-30T15:35-05:00"), Duration.ofMinutes(50)))
                .addSubject("t")
                .mainSubject("t")
                .purpose("To talk.")
                .addPosition(
                    Position.builder().by("putin").text("A position.").addSubject("t").build())
                .addCharacterisation(
                    Characterisation.builder().by("ru").addWord("frank").source("s").build())
                .addFollow("earlier")
                .build(),
            agreement("a", "ru", "us").terms("Terms.").addTopic("t").build(),
            talks("geneva", "ru", "us")
                .venue(Place.of("Geneva", CountryCode.of("CH")))
                .host("ru")
                .addAgenda("t")
                .build(),
            visit("state-visit", "putin", "us")
                .kind(VisitKind.STATE_VISIT)
                .addHost("biden")
                .addPlace(Place.of("Washington", CountryCode.of("US")))
                .description("A visit.")
                .invitedBy("biden")
                .addInclude("call")
                .addSource("s")
                .build());

    for (DossierRecord record : records) {
      assertThat(copy(record)).isEqualTo(record).isNotSameAs(record);
    }
  }

  @Test
  void aCopyAddsToTheListsTheBuilderHolds() {
    Topic topic = topic("t").addSource("first").build();

    Topic copy = Topic.builder().addSource("before").from(topic).build();

    assertThat(copy.sources()).containsExactly("before", "first");
  }

  private static DossierRecord copy(DossierRecord record) {
    return switch (record.recordKind()) {
      case PARTY -> Party.builder().from((Party) record).build();
      case LEADER -> Leader.builder().from((Leader) record).build();
      case TOPIC -> Topic.builder().from((Topic) record).build();
      case STATEMENT -> Statement.builder().from((Statement) record).build();
      case CONVERSATION -> Conversation.builder().from((Conversation) record).build();
      case AGREEMENT -> Agreement.builder().from((Agreement) record).build();
      case TALKS -> Talks.builder().from((Talks) record).build();
      case VISIT -> Visit.builder().from((Visit) record).build();
    };
  }

  @Test
  void aPartsBuilderCopiesItsOwnType() {
    assertThat(
            Arrays.stream(Milestone.Builder.class.getMethods())
                .filter(m -> m.getName().equals("from")))
        .extracting(Method::getParameterTypes)
        .containsExactly(new Class<?>[] {Milestone.class});
    Milestone milestone =
        Milestone.builder()
            .stage(Stage.SIGNED)
            .when(TimePoint.parse("2021-12-30"))
            .addBy("ru")
            .occasion("call")
            .source("s")
            .build();
    assertThat(Milestone.builder().from(milestone).build()).isEqualTo(milestone);
  }
}
