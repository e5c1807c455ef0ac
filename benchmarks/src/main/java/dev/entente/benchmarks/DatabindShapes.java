package dev.entente.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline: what a user would write instead of Entente, plain Jackson 3 databind on Java
 * records of the same JSON shape, with Jackson's default settings and no checks of its own.
 */
final class DatabindShapes {
  private DatabindShapes() {}

  /** A mapper as a user would build it: defaults, leaving absent and empty values out. */
  static JsonMapper mapper() {
    return JsonMapper.builder()
        .changeDefaultPropertyInclusion(
            inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
        .build();
  }

  record SpanJson(String start, String end, String duration) {}

  record CoordinatesJson(double latitude, double longitude) {}

  record PlaceJson(
      String venue,
      List<String> localities,
      String country,
      String party,
      CoordinatesJson coordinates,
      String precision,
      Map<String, String> identifiers) {}

  record ClaimJson(String field, Object value, String source, Double confidence) {}

  record PositionJson(String by, String text, List<String> subjects, String source) {}

  record CharacterisationJson(String by, List<String> words, String source) {}

  record MilestoneJson(
      String stage,
      String when,
      List<String> by,
      List<String> towards,
      List<String> parties,
      String occasion,
      String source) {}

  record DelegationJson(String party, List<String> members, String head) {}

  record MembershipJson(String party, String joined, String left) {}

  record PartyJson(
      String id,
      String kind,
      String name,
      List<String> otherNames,
      String country,
      String recognition,
      String began,
      String ended,
      List<String> predecessors,
      String partOf,
      List<MembershipJson> members,
      Map<String, String> identifiers,
      List<String> sources,
      List<ClaimJson> claims) {}

  record OfficeJson(String party, String role, String title, SpanJson term, String standing) {}

  record LeaderJson(
      String id,
      String name,
      List<String> otherNames,
      List<OfficeJson> offices,
      Map<String, String> identifiers,
      List<String> sources,
      List<ClaimJson> claims) {}

  record TopicJson(
      String id, String label, String description, List<String> sources, List<ClaimJson> claims) {}

  record StatementJson(
      String id,
      String kind,
      String by,
      String when,
      String quote,
      String summary,
      List<String> about,
      String url,
      String language,
      String retrieved,
      List<String> sources,
      List<ClaimJson> claims) {}

  record ConversationJson(
      String id,
      String mode,
      List<String> participants,
      String initiator,
      SpanJson when,
      PlaceJson place,
      List<String> subjects,
      String mainSubject,
      String purpose,
      List<PositionJson> positions,
      List<CharacterisationJson> characterisations,
      List<String> follows,
      List<String> sources,
      List<ClaimJson> claims) {}

  record AgreementJson(
      String id,
      String kind,
      String title,
      String terms,
      List<String> parties,
      List<String> topics,
      List<MilestoneJson> milestones,
      List<PositionJson> positions,
      List<CharacterisationJson> characterisations,
      List<String> sources,
      List<ClaimJson> claims) {}

  record TalksJson(
      String id,
      String title,
      SpanJson when,
      PlaceJson venue,
      String format,
      String host,
      List<DelegationJson> delegations,
      List<String> agenda,
      List<String> carriesOut,
      String status,
      List<SpanJson> previousDates,
      String announcedBy,
      List<PositionJson> positions,
      List<CharacterisationJson> characterisations,
      List<String> sources,
      List<ClaimJson> claims) {}

  record VisitJson(
      String id,
      String kind,
      List<String> visitors,
      String host,
      List<String> hosts,
      SpanJson when,
      List<PlaceJson> places,
      String description,
      String invitedBy,
      List<String> includes,
      List<String> sources,
      List<ClaimJson> claims) {}

  record DossierJson(
      String formatVersion,
      List<PartyJson> parties,
      List<LeaderJson> leaders,
      List<TopicJson> topics,
      List<StatementJson> statements,
      List<ConversationJson> conversations,
      List<AgreementJson> agreements,
      List<TalksJson> talks,
      List<VisitJson> visits) {}
}
