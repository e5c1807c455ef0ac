package dev.entente;

import static dev.entente.Records.agreement;
import static dev.entente.Records.conversation;
import static dev.entente.Records.leader;
import static dev.entente.Records.party;
import static dev.entente.Records.statement;
import static dev.entente.Records.talks;
import static dev.entente.Records.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field that refers to another record, and every text field, of every record and part: a
 * malformed id or a blank text is refused when the record is built, and a well-formed id that no
 * record has is listed by the dossier's validation, each under the field's own name.
 */
class ReferenceAndTextFieldsTest {
  private static final TimePoint DAY = TimePoint.parse("2021-12-30");

  /**
   * A field, and a record that holds the given value there (and is otherwise valid). A delegation's
   * head, a conversation's initiator and its main subject are not listed: each must also be one of
   * the members, participants or subjects, which are checked first.
   */
  static Stream<Arguments> referenceFields() {
    return Stream.of(
        field("party partOf", "partOf", id -> party("p").partOf(id).build()),
        field("membership party", "party", id -> party("p").addMember(Membership.of(id)).build()),
        field("party sources", "sources", id -> party("p").addSource(id).build()),
        field("leader party", "party", id -> leader("l", id).build()),
        field("leader sources", "sources", id -> leader("l", "ru").addSource(id).build()),
        field("topic sources", "sources", id -> topic("t").addSource(id).build()),
        field("talks host", "host", id -> talks("k", "ru", "us").host(id).build()),
        field("talks agenda", "agenda", id -> talks("k", "ru", "us").addAgenda(id).build()),
        field(
            "talks carriesOut",
            "carriesOut",
            id -> talks("k", "ru", "us").addCarriesOut(id).build()),
        field("talks sources", "sources", id -> talks("k", "ru", "us").addSource(id).build()),
        field("delegation party", "party", id -> talks("k", id, "us").build()),
        field(
            "delegation members",
            "members",
            id ->
                talks("k", "ru", "us")
                    .delegations(List.of(delegation(id), Delegation.of("us")))
                    .build()),
        field(
            "conversation participants",
            "participants",
            id -> conversation("c", id, "biden").build()),
        field(
            "conversation subjects",
            "subjects",
            id -> conversation("c", "putin", "biden").addSubject(id).build()),
        field(
            "conversation follows",
            "follows",
            id -> conversation("c", "putin", "biden").addFollow(id).build()),
        field(
            "conversation sources",
            "sources",
            id -> conversation("c", "putin", "biden").addSource(id).build()),
        field(
            "position by",
            "by",
            id -> conversation("c", id, "biden").addPosition(position(id, "t", "a")).build()),
        field(
            "position subjects",
            "subjects",
            id ->
                conversation("c", "putin", "biden")
                    .addPosition(position("putin", "t", id))
                    .build()),
        field(
            "characterisation by",
            "by",
            id ->
                conversation("c", "putin", "biden")
                    .addCharacterisation(characterisation(id, "frank", "s"))
                    .build()),
        field(
            "characterisation source",
            "source",
            id ->
                conversation("c", "putin", "biden")
                    .addCharacterisation(characterisation("ru", "frank", id))
                    .build()),
        field("agreement parties", "parties", id -> agreement("a", id).build()),
        field("agreement topics", "topics", id -> agreement("a", "ru").addTopic(id).build()),
        field("agreement sources", "sources", id -> agreement("a", "ru").addSource(id).build()),
        field(
            "milestone by",
            "by",
            id -> agreement("a", "ru").addMilestone(milestone().addBy(id).build()).build()),
        field(
            "milestone towards",
            "towards",
            id -> agreement("a", "ru").addMilestone(milestone().addTowards(id).build()).build()),
        field(
            "milestone occasion",
            "occasion",
            id -> agreement("a", "ru").addMilestone(milestone().occasion(id).build()).build()),
        field(
            "milestone source",
            "source",
            id -> agreement("a", "ru").addMilestone(milestone().source(id).build()).build()),
        field("statement by", "by", id -> statement("s", id).build()),
        field("statement about", "about", id -> statement("s", "putin").addAbout(id).build()),
        field("statement sources", "sources", id -> statement("s", "putin").addSource(id).build()));
  }

  static Stream<Arguments> textFields() {
    return Stream.of(
        field("party name", "name", text -> party("p").name(text).build()),
        field("party otherNames", "otherNames", text -> party("p").addOtherName(text).build()),
        field("leader name", "name", text -> leader("l", "ru").name(text).build()),
        field(
            "office title",
            "title",
            text -> Office.builder().party("ru").role(Role.MINISTER).title(text).build()),
        field("topic label", "label", text -> topic("t").label(text).build()),
        field("topic description", "description", text -> topic("t").description(text).build()),
        field("talks title", "title", text -> talks("k", "ru", "us").title(text).build()),
        field(
            "conversation purpose",
            "purpose",
            text -> conversation("c", "putin", "biden").purpose(text).build()),
        field("agreement title", "title", text -> agreement("a", "ru").title(text).build()),
        field("agreement terms", "terms", text -> agreement("a", "ru").terms(text).build()),
        field("statement quote", "quote", text -> statement("s", "putin").quote(text).build()),
        field(
            "statement summary", "summary", text -> statement("s", "putin").summary(text).build()),
        field("position text", "text", text -> position("putin", text, "a")),
        field("characterisation words", "words", text -> characterisation("ru", text, "s")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceFields")
  void aMalformedIdIsRefusedWhenTheRecordIsBuilt(
      String label, String field, Function<String, Object> withValue) {
    assertThatThrownBy(() -> withValue.apply("not an id"))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo(field))
        .hasMessageContaining(field + " \"not an id\" is not a valid id");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceFields")
  void anIdThatNoRecordHasIsListedByValidation(
      String label, String field, Function<String, Object> withValue) {
    Dossier.Builder dossier = Dossier.builder().add((DossierRecord) withValue.apply("nobody"));

    assertThat(dossier.validate())
        .filteredOn(problem -> problem.message().contains("\"nobody\""))
        .extracting(Problem::path)
        .anySatisfy(path -> assertThat(path).matches("(.*\\.)?" + field + "(\\[\\d+\\])?"));
  }

  @Test
  void anInitiatorThatNoRecordHasIsListedBesideTheParticipant() {
    Dossier.Builder dossier =
        Dossier.builder().add(conversation("c", "nobody", "biden").initiator("nobody").build());

    assertThat(dossier.validate())
        .filteredOn(problem -> problem.message().contains("\"nobody\""))
        .extracting(Problem::path)
        .anySatisfy(path -> assertThat(path).endsWith("participants[0]"))
        .anySatisfy(path -> assertThat(path).endsWith("initiator"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textFields")
  void aBlankTextIsRefusedWhenTheRecordIsBuilt(
      String label, String field, Function<String, Object> withValue) {
    assertThatThrownBy(() -> withValue.apply(" "))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo(field))
        .hasMessageContaining("must not be blank");
  }

  private static Arguments field(String label, String field, Function<String, Object> withValue) {
    return Arguments.of(label, field, withValue);
  }

  private static Delegation delegation(String member) {
    return Delegation.builder().party("ru").addMember(member).build();
  }

  private static Position position(String by, String text, String subject) {
    return Position.builder().by(by).text(text).addSubject(subject).build();
  }

  private static Characterisation characterisation(String by, String word, String source) {
    return Characterisation.builder().by(by).addWord(word).source(source).build();
  }

  private static Milestone.Builder milestone() {
    return Milestone.builder().stage(Stage.AGREED).when(DAY);
  }
}
