package dev.entente.testing;

import dev.entente.Agreement;
import dev.entente.AgreementKind;
import dev.entente.Characterisation;
import dev.entente.Claim;
import dev.entente.Conversation;
import dev.entente.ConversationMode;
import dev.entente.Coordinates;
import dev.entente.CountryCode;
import dev.entente.Delegation;
import dev.entente.Dossier;
import dev.entente.Leader;
import dev.entente.Membership;
import dev.entente.Milestone;
import dev.entente.Office;
import dev.entente.Party;
import dev.entente.PartyKind;
import dev.entente.Place;
import dev.entente.PlacePrecision;
import dev.entente.Position;
import dev.entente.Recognition;
import dev.entente.Role;
import dev.entente.Span;
import dev.entente.Stage;
import dev.entente.Standing;
import dev.entente.Statement;
import dev.entente.StatementKind;
import dev.entente.Talks;
import dev.entente.TalksFormat;
import dev.entente.TalksStatus;
import dev.entente.TimePoint;
import dev.entente.Topic;
import dev.entente.Visit;
import dev.entente.VisitKind;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** One generated dossier: ids planned first, then records that refer to them by the rules. */
final class RandomDossier {
  private static final String[] WORDS = {
    "peace",
    "talks",
    "accord",
    "Ukraine",
    "security",
    "NATO",
    "OSCE",
    "Geneva",
    "treaty",
    "summit",
    "Россия",
    "переговоры",
    "безопасность",
    "Ушаков",
    "السلام",
    "مفاوضات",
    "和平",
    "谈判",
    "安全",
    "Ελλάδα",
    "שלום",
    "शांति",
    "Zürich",
    "Genève",
    "São Paulo",
    "Kraków",
    "🤝",
    "🕊️"
  };
  private static final String[] TRICKY = {
    "\"quoted\"", "back\\slash", "line\nbreak", "tab\tstop", "</script>", "'single'", "a/b"
  };
  private static final String[] COUNTRIES = {
    "RU", "US", "CH", "BE", "AT", "CU", "FR", "DE", "CN", "UA", "TR", "IN", "BR", "XK"
  };
  private static final String[] LANGUAGES = {"ru", "en", "en-US", "fr", "zh-Hans", "ar", "uk"};
  private static final String[] FORMER_COUNTRIES = {"SUHH", "YUCS", "CSHH", "DDDE", "ANHH"};
  private static final int[] OFFSET_HOURS = {-12, -8, -5, 0, 1, 3, 5, 8, 9, 14};
  private static final Instant EPOCH = Instant.parse("1990-01-01T00:00:00Z");

  private final Random random;
  private final int size;
  private final List<String> parties = new ArrayList<>();
  private final List<String> states = new ArrayList<>();
  private final List<String> leaders = new ArrayList<>();
  private final Map<String, List<String>> leadersByParty = new HashMap<>();
  private final List<String> topics = new ArrayList<>();
  private final List<String> statements = new ArrayList<>();
  private final List<String> conversations = new ArrayList<>();
  private final List<String> agreements = new ArrayList<>();
  private final List<String> talks = new ArrayList<>();
  private final List<String> visits = new ArrayList<>();
  private final List<Conversation> builtConversations = new ArrayList<>();
  private final List<String> actors = new ArrayList<>();
  private final List<String> subjects = new ArrayList<>();
  private final List<String> agendaItems = new ArrayList<>();
  private final List<String> statementTopics = new ArrayList<>();
  private Instant clock;

  RandomDossier(long seed, int size) {
    this.random = new Random(seed);
    this.size = size;
    this.clock = EPOCH.plus(Duration.ofDays(random.nextInt(10_000)));
  }

  Dossier build() {
    planIds();
    Dossier.Builder dossier = Dossier.builder();
    for (int i = 0; i < parties.size(); i++) {
      dossier.add(party(i));
    }
    leaders.forEach(id -> dossier.add(leader(id)));
    topics.forEach(id -> dossier.add(topic(id)));
    for (int i = 0; i < statements.size(); i++) {
      dossier.add(statement(i));
    }
    conversations.forEach(id -> dossier.add(conversation(id)));
    agreements.forEach(id -> dossier.add(agreement(id)));
    talks.forEach(id -> dossier.add(talks(id)));
    visits.forEach(id -> dossier.add(visit(id)));
    return dossier.build();
  }

  private void planIds() {
    int states = 2 + size / 20;
    for (int i = 0; i < states; i++) {
      this.states.add(id("state", i));
    }
    parties.addAll(this.states);
    plan(parties, "party", Math.max(1, size / 10));
    plan(leaders, "leader", 2 + size / 6);
    plan(topics, "topic", 1 + size / 12);
    plan(statements, "statement", 1 + size / 8);
    plan(conversations, "conversation", 1 + size / 6);
    plan(agreements, "agreement", 1 + size / 10);
    plan(talks, "talks", 1 + size / 10);
    plan(visits, "visit", 1 + size / 10);
    actors.addAll(parties);
    actors.addAll(leaders);
    subjects.addAll(topics);
    subjects.addAll(agreements);
    subjects.addAll(talks);
    agendaItems.addAll(topics);
    agendaItems.addAll(agreements);
    statementTopics.addAll(conversations);
    statementTopics.addAll(leaders);
    statementTopics.addAll(agreements);
  }

  private void plan(List<String> ids, String prefix, int count) {
    for (int i = 0; i < count; i++) {
      ids.add(id(prefix, ids.size()));
    }
  }

  /** Ids of every allowed character, unique by their number. */
  private String id(String prefix, int number) {
    return switch (random.nextInt(6)) {
      case 0 -> prefix.toUpperCase(Locale.ROOT) + "." + number;
      case 1 -> prefix + ":" + number + "_" + (char) ('a' + random.nextInt(26));
      default -> prefix + "-" + number;
    };
  }

  private Party party(int index) {
    String id = parties.get(index);
    String name = name();
    Party.Builder party = Party.builder().id(id).name(name);
    if (states.contains(id)) {
      party.kind(PartyKind.STATE);
      switch (random.nextInt(6)) {
        case 0 -> party.country(CountryCode.of(pick(FORMER_COUNTRIES))).ended(year(1974, 2010));
        case 1 -> party.putIdentifier("wikidata", "Q" + random.nextInt(1_000_000));
        default -> {
          party.country(CountryCode.of(pick(COUNTRIES)));
          if (chance(3)) {
            party.recognition(pick(Recognition.values()));
          }
        }
      }
      // States are planned first: the earlier ones may be this one's predecessors.
      party.predecessors(distinct(states.subList(0, index), 0, chance(3) ? 2 : 0));
    } else {
      PartyKind kind = pick(PartyKind.values());
      party.kind(kind == PartyKind.STATE ? PartyKind.FORUM : kind);
      if (kind == PartyKind.GOVERNMENT_BODY) {
        party.partOf(pick(states));
      }
      if (kind == PartyKind.FORUM || kind == PartyKind.STATE) {
        for (String member : distinct(parties.subList(0, index), 0, 3)) {
          party.addMember(membership(member));
        }
      }
      if (chance(2)) {
        party.country(CountryCode.of(pick(COUNTRIES)));
      }
    }
    party.otherNames(distinctTexts(0, 2));
    if (chance(2)) {
      party.putIdentifier("wikidata", "Q" + random.nextInt(1_000_000));
    }
    if (chance(3)) {
      TimePoint began = year(1800, 1950);
      party.began(chance(4) ? began.withBound(TimePoint.Bound.ON_OR_BEFORE) : began);
    }
    return party
        .sources(distinct(statements, 0, 2))
        .claims(claims("name", name, name(), statements))
        .build();
  }

  /** A membership, now and then with the year it began, and then now and then with its end. */
  private Membership membership(String member) {
    Membership.Builder membership = Membership.builder().party(member);
    if (chance(2)) {
      TimePoint joined = year(1945, 2000);
      membership.joined(joined);
      if (chance(3)) {
        TimePoint left = TimePoint.ofYear(joined.firstDay().getYear() + random.nextInt(20));
        membership.left(chance(3) ? left.withBound(TimePoint.Bound.ON_OR_AFTER) : left);
      }
    } else if (chance(4)) {
      membership.left(year(1990, 2020));
    }
    return membership.build();
  }

  private Leader leader(String id) {
    String party = pick(parties);
    leadersByParty.computeIfAbsent(party, p -> new ArrayList<>()).add(id);
    String name = name();
    Leader.Builder leader = Leader.builder().id(id).name(name).addOffice(currentOffice(party));
    leader.otherNames(distinctTexts(0, 2));
    if (chance(3)) {
      leader.addOffice(earlierOffice());
    }
    if (chance(3)) {
      leader
          .putIdentifier("wikidata", "Q" + random.nextInt(1_000_000))
          .putIdentifier("viaf", "" + random.nextInt(99_999));
    }
    return leader
        .sources(distinct(statements, 0, 1))
        .claims(claims("name", name, name(), statements))
        .build();
  }

  /**
   * The office a leader holds throughout the dossier's time: without a term, or with a term that
   * begins before the dossier's first event and has no end, so that no engagement falls outside it.
   */
  private Office currentOffice(String party) {
    Office.Builder office = Office.builder().party(party).role(pick(Role.values()));
    if (chance(2)) {
      office.title(name());
    }
    if (chance(2)) {
      office.term(Span.of(year(1950, 1989)));
    }
    return office.build();
  }

  /** An office held before, of any party, in any standing, with a closed term before 1990. */
  private Office earlierOffice() {
    TimePoint start = year(1900, 1980);
    Office.Builder office =
        Office.builder()
            .party(pick(parties))
            .role(pick(Role.values()))
            .term(Span.of(start, TimePoint.ofYear(start.firstDay().getYear() + random.nextInt(9))));
    if (chance(2)) {
      office.standing(pick(Standing.values()));
    }
    return office.build();
  }

  private Topic topic(String id) {
    String label = name();
    Topic.Builder topic = Topic.builder().id(id).label(label);
    if (chance(2)) {
      topic.description(text());
    }
    return topic.claims(claims("label", label, name(), statements)).build();
  }

  private Statement statement(int index) {
    TimePoint when = point(advance());
    Statement.Builder statement =
        Statement.builder()
            .id(statements.get(index))
            .kind(pick(StatementKind.values()))
            .by(chance(2) ? pick(leaders) : pick(parties))
            .when(when);
    boolean quote = chance(2);
    if (quote) {
      statement.quote(text());
    }
    if (!quote || chance(2)) {
      statement.summary(text());
    }
    if (chance(3)) {
      statement.url(
          URI.create(
              "https://example.org/"
                  + random.nextInt(10_000)
                  + "?lang="
                  + pick(COUNTRIES).toLowerCase(Locale.ROOT)));
    }
    if (chance(3)) {
      statement.language(pick(LANGUAGES));
    }
    if (chance(3)) {
      // The year it was made or a later one: never before it.
      int year = when.firstDay().getYear();
      statement.retrieved(TimePoint.ofYear(Math.min(9999, year + random.nextInt(3))));
    }
    statement.about(distinct(statementTopics, 0, 3));
    List<String> earlier = statements.subList(0, index);
    return statement
        .sources(distinct(earlier, 0, 2))
        .claims(claims("when", when, TimePoint.ofYear(when.firstDay().getYear()), earlier))
        .build();
  }

  private Conversation conversation(String id) {
    ConversationMode mode = pick(ConversationMode.values());
    List<String> participants = distinct(leaders, 2, 4);
    Span when = span();
    Conversation.Builder conversation =
        Conversation.builder().id(id).mode(mode).participants(participants).when(when);
    if (chance(2)) {
      conversation.initiator(pick(participants));
    }
    if (mode == ConversationMode.IN_PERSON_MEETING && chance(2)) {
      conversation.place(place());
    }
    List<String> chosen = distinct(subjects, 0, 4);
    conversation.subjects(chosen);
    if (!chosen.isEmpty() && chance(2)) {
      conversation.mainSubject(pick(chosen));
    }
    if (chance(3)) {
      conversation.purpose(text());
    }
    // In a conversation, a leader who states a position takes part in it.
    conversation.positions(positions(participants));
    conversation.characterisations(characterisations());
    // Threads link to recent conversations: the last few, all of them earlier.
    List<String> recent = new ArrayList<>();
    builtConversations
        .subList(Math.max(0, builtConversations.size() - 5), builtConversations.size())
        .forEach(c -> recent.add(c.id()));
    conversation.follows(distinct(recent, 0, 2));
    // Another source puts it a day earlier.
    Span dayBefore = Span.of(TimePoint.ofDay(when.start().firstDay().minusDays(1)));
    Conversation built =
        conversation
            .sources(distinct(statements, 0, 2))
            .claims(claims("when", when, dayBefore, statements))
            .build();
    builtConversations.add(built);
    return built;
  }

  /**
   * Now and then another source's value for a field, with a confidence or without, when it differs
   * from the record's own.
   */
  private List<Claim> claims(String field, Object own, Object other, List<String> sources) {
    if (sources.isEmpty() || !chance(5) || other.equals(own)) {
      return List.of();
    }
    Claim claim = Claim.of(field, other, pick(sources));
    return List.of(chance(2) ? claim.withConfidence(random.nextInt(101) / 100.0) : claim);
  }

  /** None to two positions, by one of these leaders or by a party, now and then with a source. */
  private List<Position> positions(List<String> leadersWhoMayState) {
    List<Position> positions = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      Position.Builder position =
          Position.builder()
              .by(chance(4) ? pick(parties) : pick(leadersWhoMayState))
              .text(text())
              .subjects(distinct(topics, 0, 2));
      if (chance(2)) {
        position.source(pick(statements));
      }
      positions.add(position.build());
    }
    return positions;
  }

  /** Now and then a characterisation, by a leader or a party, now and then with a source. */
  private List<Characterisation> characterisations() {
    if (!chance(3)) {
      return List.of();
    }
    Characterisation.Builder characterisation =
        Characterisation.builder()
            .by(chance(2) ? pick(leaders) : pick(parties))
            .words(distinctTexts(1, 3));
    if (chance(2)) {
      characterisation.source(pick(statements));
    }
    return List.of(characterisation.build());
  }

  private Agreement agreement(String id) {
    String title = name();
    Agreement.Builder agreement =
        Agreement.builder()
            .id(id)
            .kind(pick(AgreementKind.values()))
            .title(title)
            .topics(distinct(topics, 0, 2));
    if (chance(2)) {
      agreement.terms(text());
    }
    List<String> bound = distinct(parties, 1, 3);
    agreement.parties(bound);
    int milestones = 1 + random.nextInt(3);
    boolean consented = false;
    for (int i = 0; i < milestones; i++) {
      Milestone milestone = milestone(i == 0 && chance(2));
      if (consented && milestone.stage() == Stage.SIGNED) {
        // No party signs after it consented to be bound.
        milestone = Milestone.builder().from(milestone).stage(Stage.AGREED).build();
      }
      consented |= milestone.stage().isConsentToBeBound();
      if (chance(3)) {
        // For some of the parties only, as one party's ratification or suspension.
        milestone = Milestone.builder().from(milestone).parties(distinct(bound, 1, 2)).build();
      }
      agreement.addMilestone(milestone);
    }
    return agreement
        .positions(positions(leaders))
        .characterisations(characterisations())
        .sources(distinct(statements, 0, 2))
        .claims(claims("title", title, name(), statements))
        .build();
  }

  /** A milestone after the last one; the first may take place in a conversation, at its start. */
  private Milestone milestone(boolean onOccasion) {
    Milestone.Builder milestone =
        Milestone.builder()
            .stage(pick(Stage.values()))
            .by(distinct(actors, 0, 2))
            .towards(distinct(actors, 0, 2));
    if (onOccasion && !builtConversations.isEmpty()) {
      Conversation occasion = pick(builtConversations);
      milestone.when(occasion.when().start()).occasion(occasion.id());
    } else {
      milestone.when(point(advance()));
    }
    if (chance(2)) {
      milestone.source(pick(statements));
    }
    return milestone.build();
  }

  private Talks talks(String id) {
    List<String> delegationParties = distinct(parties, 1, 4);
    TalksFormat format =
        delegationParties.size() == 2
            ? pick(TalksFormat.values())
            : chance(2) ? TalksFormat.MULTILATERAL : TalksFormat.COUNCIL_SESSION;
    TalksStatus status = pick(TalksStatus.values());
    Talks.Builder talks =
        Talks.builder().id(id).title(name()).when(span()).format(format).status(status);
    for (String party : delegationParties) {
      Delegation.Builder delegation = Delegation.builder().party(party);
      // Members act for the delegation's party, in an office they hold throughout.
      List<String> members = distinct(leadersByParty.getOrDefault(party, List.of()), 0, 2);
      delegation.members(members);
      if (!members.isEmpty() && chance(2)) {
        delegation.head(pick(members));
      }
      talks.addDelegation(delegation.build());
    }
    if (format == TalksFormat.COUNCIL_SESSION || chance(4)) {
      talks.host(pick(parties));
    }
    int moves = status == TalksStatus.RESCHEDULED ? 1 + random.nextInt(2) : chance(6) ? 1 : 0;
    for (int i = 0; i < moves; i++) {
      // Years of their own, before any time the generator gives: no plan equals the next.
      talks.addPreviousDate(Span.of(year(1700 + 50 * i, 1749 + 50 * i)));
    }
    if (chance(3)) {
      List<String> announcers = new ArrayList<>(statements);
      announcers.addAll(conversations);
      if (!announcers.isEmpty()) {
        talks.announcedBy(pick(announcers));
      }
    }
    if (chance(2)) {
      talks.venue(place());
    }
    return talks
        .agenda(distinct(agendaItems, 0, 3))
        .carriesOut(distinct(agreements, 0, 1))
        .positions(positions(leaders))
        .characterisations(characterisations())
        .sources(distinct(statements, 0, 1))
        .claims(claims("status", status, pick(TalksStatus.values()), statements))
        .build();
  }

  /** A visit of one or two leaders, received by leaders of the host party when one is named. */
  private Visit visit(String id) {
    List<String> visitors = distinct(leaders, 1, 2);
    String host = pick(parties);
    Visit.Builder visit = Visit.builder().id(id).visitors(visitors).host(host).when(span());
    for (String leader : distinct(leadersByParty.getOrDefault(host, List.of()), 0, 2)) {
      if (!visitors.contains(leader)) {
        visit.addHost(leader);
      }
    }
    if (chance(2)) {
      visit.kind(pick(VisitKind.values()));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      visit.addPlace(place());
    }
    if (chance(2)) {
      visit.description(text());
    }
    if (chance(3)) {
      visit.invitedBy(pick(actors));
    }
    List<String> engagements = new ArrayList<>(conversations);
    engagements.addAll(talks);
    return visit
        .includes(distinct(engagements, 0, 2))
        .sources(distinct(statements, 0, 1))
        .claims(claims("host", host, pick(parties), statements))
        .build();
  }

  /**
   * A place in a country, now and then a former one, or in a state named by its party, with
   * localities, a venue, coordinates, a precision and an id.
   */
  private Place place() {
    Place.Builder place = Place.builder().localities(distinctTexts(0, 2));
    int named = random.nextInt(8);
    if (named > 0) {
      place.country(CountryCode.of(chance(8) ? pick(FORMER_COUNTRIES) : pick(COUNTRIES)));
    }
    if (named < 2) {
      place.party(pick(states));
    }
    if (chance(4)) {
      place.venue(name());
    }
    if (chance(4)) {
      place.coordinates(
          Coordinates.of(random.nextDouble() * 180 - 90, random.nextDouble() * 360 - 180));
    }
    if (chance(3)) {
      place.precision(pick(PlacePrecision.values()));
    }
    if (chance(4)) {
      place.putIdentifier("geonames", "" + random.nextInt(10_000_000));
    }
    return place.build();
  }

  // Time

  /** A year from {@code first} to {@code last}, at year precision. */
  private TimePoint year(int first, int last) {
    return TimePoint.ofYear(first + random.nextInt(last - first + 1));
  }

  /**
   * Moves the clock on by two to four days: more than the 26 hours between the extreme offsets
   * used, so that each event lies wholly after the last, as days at any offset too; a million
   * records stay within the years a time point allows.
   */
  private Instant advance() {
    clock = clock.plus(Duration.ofMinutes(2 * 24 * 60 + random.nextInt(2 * 24 * 60)));
    return clock;
  }

  /**
   * A point of any precision at an instant, moments at an offset of the world's range; now and then
   * a year, month or day is uncertain or approximate.
   */
  private TimePoint point(Instant instant) {
    OffsetDateTime moment = instant.atOffset(ZoneOffset.ofHours(pick(OFFSET_HOURS)));
    TimePoint date =
        switch (random.nextInt(6)) {
          case 0 -> TimePoint.ofYear(moment.getYear());
          case 1 -> TimePoint.ofMonth(YearMonth.from(moment));
          case 2, 3 -> TimePoint.ofDay(moment.toLocalDate());
          default -> TimePoint.ofMoment(moment.withSecond(chance(4) ? random.nextInt(60) : 0));
        };
    return !date.isMoment() && chance(8)
        ? date.withQualifier(pick(TimePoint.Qualifier.values()))
        : date;
  }

  /** A span at the next instant: of every precision, with or without an end and a duration. */
  private Span span() {
    Instant start = advance();
    TimePoint from = point(start);
    if (!from.isMoment()) {
      return switch (random.nextInt(3)) {
        case 0 -> Span.of(from);
        case 1 ->
            from.precision() == TimePoint.Precision.DAY
                ? Span.of(from, Duration.ofHours(1 + random.nextInt(20)))
                : Span.of(from);
        default -> Span.of(from, from);
      };
    }
    Duration length = Duration.ofMinutes(1 + random.nextInt(300));
    OffsetDateTime begin = from.moment().orElseThrow();
    // The same instant at another offset: the end may read as another day than the start.
    TimePoint to =
        TimePoint.ofMoment(
            begin.plus(length).withOffsetSameInstant(ZoneOffset.ofHours(pick(OFFSET_HOURS))));
    return switch (random.nextInt(4)) {
      case 0 -> Span.of(from);
      case 1 -> Span.of(from, length);
      case 2 -> Span.of(from, to);
      default -> Span.of(from, to, length);
    };
  }

  // Texts

  private String name() {
    String name = pick(WORDS) + " " + pick(WORDS);
    return chance(5) ? name + " " + random.nextInt(1000) : name;
  }

  /** A text: a few words, some tricky characters, now and then a long one. */
  private String text() {
    StringBuilder text = new StringBuilder(pick(WORDS));
    int words = chance(10) ? 300 + random.nextInt(700) : 1 + random.nextInt(12);
    for (int i = 0; i < words; i++) {
      text.append(' ').append(chance(6) ? pick(TRICKY) : pick(WORDS));
    }
    return text.append('.').toString();
  }

  private List<String> distinctTexts(int min, int max) {
    List<String> texts = new ArrayList<>();
    int count = min + random.nextInt(max - min + 1);
    while (texts.size() < count) {
      String text = name();
      if (!texts.contains(text)) {
        texts.add(text);
      }
    }
    return texts;
  }

  // Choices

  private boolean chance(int oneIn) {
    return random.nextInt(oneIn) == 0;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private int pick(int[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /**
   * Between {@code min} and {@code max} distinct values, fewer if there are not enough; drawn
   * without copying the values, so that large dossiers take linear time.
   */
  private List<String> distinct(List<String> values, int min, int max) {
    int count = Math.min(values.size(), min + random.nextInt(max - min + 1));
    List<String> chosen = new ArrayList<>(count);
    while (chosen.size() < count) {
      String value = values.get(random.nextInt(values.size()));
      if (!chosen.contains(value)) {
        chosen.add(value);
      }
    }
    return chosen;
  }
}
