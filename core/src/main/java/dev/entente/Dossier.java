package dev.entente;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set of records whose references all resolve: the parties, leaders, topics,
 * statements, conversations, agreements and talks of one story, and the queries applications ask of
 * them.
 *
 * <pre>{@code
 * Dossier dossier = Dossier.builder()
 *     .add(russia).add(unitedStates).add(putin).add(biden).add(call)
 *     .build();
 * List<Conversation> calls = dossier.conversationsOf("putin");
 * List<Talks> next = dossier.upcomingTalks(LocalDate.of(2022, 1, 1));
 * }</pre>
 *
 * <h2>Order and equality</h2>
 *
 * <p>A dossier lists its records by {@linkplain RecordKind kind} (parties first, talks last) and,
 * within a kind, by id. Two dossiers are equal when they hold equal records, whatever the order
 * they were added in, and then they list them in the same order.
 */
public final class Dossier {
  private static final Comparator<DossierRecord> RECORD_ORDER =
      Comparator.comparing(DossierRecord::recordKind).thenComparing(DossierRecord::id);

  /** Conversations or talks by the start of their span, then by id. */
  private static final Comparator<DossierRecord> BY_START =
      Comparator.comparing((DossierRecord r) -> r.span().orElseThrow().start())
          .thenComparing(DossierRecord::id);

  /** The statuses of talks that are still to take place at their date. */
  private static final Set<TalksStatus> UPCOMING =
      EnumSet.of(TalksStatus.ANNOUNCED, TalksStatus.SCHEDULED, TalksStatus.RESCHEDULED);

  private final List<DossierRecord> records;
  private final Map<String, DossierRecord> byId;

  /**
   * The records of each kind: views of the ranges of {@link #records}, which orders them by kind
   * first.
   */
  private final Map<RecordKind, List<DossierRecord>> byKind = new EnumMap<>(RecordKind.class);

  private Dossier(List<DossierRecord> records, Map<String, DossierRecord> byId) {
    DossierRecord[] sorted = records.toArray(new DossierRecord[0]);
    Arrays.sort(sorted, RECORD_ORDER);
    this.records = List.of(sorted);
    this.byId = byId;
    int at = 0;
    for (RecordKind kind : RecordKind.values()) {
      int start = at;
      while (at < sorted.length && sorted[at].recordKind() == kind) {
        at++;
      }
      byKind.put(kind, this.records.subList(start, at));
    }
  }

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this dossier's records, to add more.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder().addAll(records);
  }

  /**
   * Collects records, then checks the rules across them and builds a {@link Dossier}. A builder is
   * not safe for use by several threads.
   */
  public static final class Builder {
    private final List<DossierRecord> records = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a record.
     *
     * @param record the record
     * @return this builder
     */
    public Builder add(DossierRecord record) {
      records.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /**
     * Adds records.
     *
     * @param records the records
     * @return this builder
     */
    public Builder addAll(Iterable<? extends DossierRecord> records) {
      records.forEach(this::add);
      return this;
    }

    /**
     * Checks the rules across the records added so far, without building.
     *
     * @return every problem, errors and warnings, in the order the records were added; {@link
     *     #build()} succeeds when none is an {@linkplain Problem#isError() error}
     */
    public List<Problem> validate() {
      return DossierValidator.validate(records);
    }

    /**
     * Builds the dossier.
     *
     * @return the dossier
     * @throws InvalidDossierException listing every error, if any rule across records is broken;
     *     warnings do not refuse a dossier, and {@link #validate()} lists them
     */
    public Dossier build() {
      DossierValidator validator = DossierValidator.of(records);
      List<Problem> errors = validator.problems().stream().filter(Problem::isError).toList();
      if (!errors.isEmpty()) {
        throw new InvalidDossierException(errors);
      }
      return new Dossier(records, validator.index());
    }
  }

  /**
   * Returns every record, parties first and talks last, each kind ordered by id.
   *
   * @return the records
   */
  public List<DossierRecord> records() {
    return records;
  }

  /**
   * Returns the number of records.
   *
   * @return the number of records
   */
  public int size() {
    return records.size();
  }

  /**
   * Returns the parties, ordered by id.
   *
   * @return the parties
   */
  public List<Party> parties() {
    return ofKind(RecordKind.PARTY);
  }

  /**
   * Returns the leaders, ordered by id.
   *
   * @return the leaders
   */
  public List<Leader> leaders() {
    return ofKind(RecordKind.LEADER);
  }

  /**
   * Returns the topics, ordered by id.
   *
   * @return the topics
   */
  public List<Topic> topics() {
    return ofKind(RecordKind.TOPIC);
  }

  /**
   * Returns the statements, ordered by id.
   *
   * @return the statements
   */
  public List<Statement> statements() {
    return ofKind(RecordKind.STATEMENT);
  }

  /**
   * Returns the conversations, ordered by id.
   *
   * @return the conversations
   */
  public List<Conversation> conversations() {
    return ofKind(RecordKind.CONVERSATION);
  }

  /**
   * Returns the agreements, ordered by id.
   *
   * @return the agreements
   */
  public List<Agreement> agreements() {
    return ofKind(RecordKind.AGREEMENT);
  }

  /**
   * Returns the talks, ordered by id.
   *
   * @return the talks
   */
  public List<Talks> talks() {
    return ofKind(RecordKind.TALKS);
  }

  /**
   * Returns the visits, ordered by id.
   *
   * @return the visits
   */
  public List<Visit> visits() {
    return ofKind(RecordKind.VISIT);
  }

  /**
   * Returns the records of one kind, ordered by id.
   *
   * @param kind the kind
   * @return the records of that kind
   */
  public List<DossierRecord> records(RecordKind kind) {
    return Objects.requireNonNull(
        byKind.get(Objects.requireNonNull(kind, "kind")), "every kind is mapped");
  }

  /**
   * The records of one kind, as their type: a view of the range they hold in the dossier's order.
   */
  @SuppressWarnings("unchecked")
  private <T extends DossierRecord> List<T> ofKind(RecordKind kind) {
    return (List<T>) (List<?>) records(kind);
  }

  /**
   * Finds a record by id.
   *
   * @param id the id
   * @return the record, or empty if the dossier has none with that id
   */
  public Optional<DossierRecord> find(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Finds a record of a given type by id.
   *
   * @param <T> the record type
   * @param id the id
   * @param type the record type, such as {@code Leader.class}
   * @return the record, or empty if the dossier has no record of that type with that id
   */
  public <T extends DossierRecord> Optional<T> find(String id, Class<T> type) {
    return find(id).filter(type::isInstance).map(type::cast);
  }

  private <T extends DossierRecord> T require(String id, Class<T> type) {
    return find(id, type)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "this dossier has no "
                        + (type == DossierRecord.class
                            ? "record"
                            : type.getSimpleName().toLowerCase(Locale.ROOT))
                        + " with id \""
                        + id
                        + "\""
                        + find(id)
                            .map(r -> " (\"" + id + "\" is a " + r.recordKind() + ")")
                            .orElse("")));
  }

  /**
   * Returns the timeline: every conversation, talks and visit at its start, every statement, and
   * every milestone of every agreement, in the order {@link TimePoint} defines, then by kind of
   * record and id.
   *
   * @return the timeline
   */
  public List<TimelineEntry> timeline() {
    List<TimelineEntry> entries = new ArrayList<>();
    for (DossierRecord record : records) {
      record.addTimelineEntries(entries);
    }
    entries.sort(TimelineEntry.ORDER);
    return List.copyOf(entries);
  }

  /**
   * Returns the timeline of some kinds of record only, such as the visits and talks.
   *
   * @param kinds the kinds to keep
   * @return the entries of records of those kinds, in timeline order
   */
  public List<TimelineEntry> timeline(Set<RecordKind> kinds) {
    Set<RecordKind> kept = EnumSet.noneOf(RecordKind.class);
    kept.addAll(kinds);
    return timeline().stream().filter(e -> kept.contains(e.record().recordKind())).toList();
  }

  /**
   * Returns the part of the timeline between two days, both included, as the source states days. An
   * entry is included when the days it covers meet the range: from its time's first day to the last
   * day of its span (a conversation, talks or a visit) or of its time ({@link
   * TimePoint#firstDay()}, {@link TimePoint#lastDay()}): a month is included in a range of one of
   * its days, a visit in a range of one of the days it lasted, and a moment falls on its date at
   * its own offset. A point known only as a bound may lie on any day on its side of its date
   * ({@code [..1991]} meets every range that begins by the end of 1991); an uncertain or
   * approximate one is taken at its stated days.
   *
   * @param from the first day
   * @param to the last day
   * @return the entries, in timeline order
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public List<TimelineEntry> timeline(LocalDate from, LocalDate to) {
    return timelineBetween(from, to, null);
  }

  /**
   * Returns the part of the timeline between two local days of a time zone, both included. As
   * {@link #timeline(LocalDate, LocalDate)}, but moments are taken on their dates in the zone: the
   * call of 30 December 2021 from 15:35 to 16:25 at -05:00 ran until 00:25 on 31 December in
   * Moscow, so it is in the timeline of 31 December in {@code Europe/Moscow}, and not in that of
   * {@code America/New_York}. Years, months and days have no offset to convert from and are taken
   * as the source states them.
   *
   * @param from the first day
   * @param to the last day
   * @param zone the time zone whose days are meant
   * @return the entries, in timeline order
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public List<TimelineEntry> timeline(LocalDate from, LocalDate to, ZoneId zone) {
    return timelineBetween(from, to, Objects.requireNonNull(zone, "zone"));
  }

  private List<TimelineEntry> timelineBetween(LocalDate from, LocalDate to, @Nullable ZoneId zone) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
    return timeline().stream().filter(e -> e.meets(from, to, zone)).toList();
  }

  /**
   * Returns the conversations a leader took part in, in timeline order.
   *
   * @param leaderId the leader's id
   * @return the conversations
   * @throws IllegalArgumentException if the dossier has no leader with that id
   */
  public List<Conversation> conversationsOf(String leaderId) {
    require(leaderId, Leader.class);
    return conversations().stream()
        .filter(c -> c.participants().contains(leaderId))
        .sorted(BY_START)
        .toList();
  }

  /**
   * Returns the conversations that follow one in its thread: those that name it in {@link
   * Conversation#follows()}, in timeline order.
   *
   * @param conversationId the conversation's id
   * @return the follow-ups, the nearest only
   * @throws IllegalArgumentException if the dossier has no conversation with that id
   */
  public List<Conversation> followUpsOf(String conversationId) {
    require(conversationId, Conversation.class);
    return conversations().stream()
        .filter(c -> c.follows().contains(conversationId))
        .sorted(BY_START)
        .toList();
  }

  /**
   * Returns the leaders who acted for a party on a day: those with an office of the party whose
   * term covers the day, ordered by id. An office without a recorded term is not counted.
   *
   * @param partyId the party's id
   * @param day the day
   * @return the leaders
   * @throws IllegalArgumentException if the dossier has no party with that id
   */
  public List<Leader> leadersOf(String partyId, LocalDate day) {
    require(partyId, Party.class);
    Objects.requireNonNull(day, "day");
    return leaders().stream()
        .filter(
            l -> l.offices().stream().anyMatch(o -> o.party().equals(partyId) && o.isHeldOn(day)))
        .toList();
  }

  /**
   * Returns the engagements in a country: conversations whose place, talks whose venue, and visits
   * one of whose places has its code, in timeline order. A place that names only a party, for a
   * state without a code, is not in any country this finds.
   *
   * @param country the country
   * @return the conversations, talks and visits there
   */
  public List<DossierRecord> engagementsIn(CountryCode country) {
    Objects.requireNonNull(country, "country");
    return engagements(place -> place.country().filter(country::equals).isPresent());
  }

  /**
   * Returns the engagements at a locality, such as a city, as their places name it: conversations,
   * talks and visits, in timeline order.
   *
   * @param locality the locality, spelled as the places spell it
   * @return the conversations, talks and visits there
   */
  public List<DossierRecord> engagementsAt(String locality) {
    Objects.requireNonNull(locality, "locality");
    return engagements(place -> place.localities().contains(locality));
  }

  private List<DossierRecord> engagements(Predicate<Place> where) {
    return records.stream()
        .filter(r -> r.whereHeld().stream().anyMatch(where))
        .sorted(BY_START)
        .toList();
  }

  /**
   * Returns the visits a leader made or received, as a visitor or a named host, in timeline order.
   *
   * @param leaderId the leader's id
   * @return the visits
   * @throws IllegalArgumentException if the dossier has no leader with that id
   */
  public List<Visit> visitsOf(String leaderId) {
    require(leaderId, Leader.class);
    return visits().stream()
        .filter(v -> v.visitors().contains(leaderId) || v.hosts().contains(leaderId))
        .sorted(BY_START)
        .toList();
  }

  /**
   * Returns the leaders who took part in a conversation with a leader, ordered by id.
   *
   * @param leaderId the leader's id
   * @return the counterparts, without the leader
   * @throws IllegalArgumentException if the dossier has no leader with that id
   */
  public List<Leader> counterpartsOf(String leaderId) {
    Set<String> ids = new TreeSet<>();
    conversationsOf(leaderId).forEach(c -> ids.addAll(c.participants()));
    ids.remove(leaderId);
    return ids.stream().map(id -> require(id, Leader.class)).toList();
  }

  /**
   * Returns the talks still to begin as of a day, in timeline order: those announced, scheduled or
   * rescheduled (not held, postponed without a new date, or cancelled) whose start may fall on that
   * day or later (a start of {@code 2022-01} is upcoming as of {@code 2022-01-15}), as the source
   * states days.
   *
   * @param asOf the day
   * @return the upcoming talks
   */
  public List<Talks> upcomingTalks(LocalDate asOf) {
    return upcomingTalksAsOf(asOf, null);
  }

  /**
   * Returns the talks still to begin as of a local day of a time zone: as {@link
   * #upcomingTalks(LocalDate)}, with a start that is a moment taken on its date in the zone.
   *
   * @param asOf the day
   * @param zone the time zone whose day is meant
   * @return the upcoming talks
   */
  public List<Talks> upcomingTalks(LocalDate asOf, ZoneId zone) {
    return upcomingTalksAsOf(asOf, Objects.requireNonNull(zone, "zone"));
  }

  private List<Talks> upcomingTalksAsOf(LocalDate asOf, @Nullable ZoneId zone) {
    Objects.requireNonNull(asOf, "asOf");
    return talks().stream()
        .filter(t -> UPCOMING.contains(t.status()))
        .filter(t -> !t.when().start().lastDayIn(zone).isBefore(asOf))
        .sorted(BY_START)
        .toList();
  }

  /**
   * Returns the agreements reached in a conversation: those with a milestone {@linkplain
   * Stage#AGREED agreed} or {@linkplain Stage#SIGNED signed} on that occasion, ordered by id.
   *
   * @param conversationId the conversation's id
   * @return the agreements
   * @throws IllegalArgumentException if the dossier has no conversation with that id
   */
  public List<Agreement> agreementsReachedIn(String conversationId) {
    require(conversationId, Conversation.class);
    Predicate<Milestone> reachedThere =
        m ->
            (m.stage() == Stage.AGREED || m.stage() == Stage.SIGNED)
                && m.occasion().filter(conversationId::equals).isPresent();
    return agreements().stream()
        .filter(a -> a.milestones().stream().anyMatch(reachedThere))
        .toList();
  }

  /**
   * Returns the talks that carry out an agreement, in timeline order.
   *
   * @param agreementId the agreement's id
   * @return the talks
   * @throws IllegalArgumentException if the dossier has no agreement with that id
   */
  public List<Talks> talksCarryingOut(String agreementId) {
    require(agreementId, Agreement.class);
    return talks().stream()
        .filter(t -> t.carriesOut().contains(agreementId))
        .sorted(BY_START)
        .toList();
  }

  /**
   * Returns the statements about a record, ordered by id.
   *
   * @param recordId the id of a record of any kind
   * @return the statements whose {@link Statement#about()} names it
   * @throws IllegalArgumentException if the dossier has no record with that id
   */
  public List<Statement> statementsAbout(String recordId) {
    require(recordId, DossierRecord.class);
    return statements().stream().filter(s -> s.about().contains(recordId)).toList();
  }

  /**
   * Returns the part of this dossier that holds the records chosen and every record they refer to,
   * at any remove: a valid dossier, since every reference of the records it holds resolves in it.
   *
   * @param ids the ids of the records to keep
   * @return the sub-dossier
   * @throws IllegalArgumentException if the dossier has no record with one of the ids
   */
  public Dossier subDossier(Collection<String> ids) {
    List<DossierRecord> kept =
        reachable(
            ids,
            DossierRecord.class,
            record -> record.references().stream().map(Reference::id).toList());
    return builder().addAll(kept).build();
  }

  /**
   * Returns the parties that succeeded a party: those that name it among their {@linkplain
   * Party#predecessors() predecessors}, ordered by id.
   *
   * @param partyId the party's id
   * @return the successors, the nearest only
   * @throws IllegalArgumentException if the dossier has no party with that id
   */
  public List<Party> successorsOf(String partyId) {
    require(partyId, Party.class);
    return parties().stream().filter(p -> p.predecessors().contains(partyId)).toList();
  }

  /**
   * Returns a party and the parties before it: its predecessors, theirs, and so on, nearest first
   * (breadth first, each once), as "Germany and the states before it" are the Federal Republic, the
   * German Democratic Republic, the German Reich and Prussia.
   *
   * @param partyId the party's id
   * @return the party, then its predecessors at any remove
   * @throws IllegalArgumentException if the dossier has no party with that id
   */
  public List<Party> lineageOf(String partyId) {
    return reachable(List.of(partyId), Party.class, Party::predecessors);
  }

  /**
   * The records of some ids and every record reached from them by the ids {@code next} gives,
   * breadth first, each once, in the order they are reached.
   */
  private <T extends DossierRecord> List<T> reachable(
      Collection<String> ids, Class<T> type, Function<T, List<String>> next) {
    Set<String> seen = new HashSet<>();
    List<T> reached = new ArrayList<>();
    for (String id : ids) {
      if (seen.add(id)) {
        reached.add(require(id, type));
      }
    }
    for (int i = 0; i < reached.size(); i++) {
      for (String id : next.apply(reached.get(i))) {
        if (seen.add(id)) {
          reached.add(require(id, type));
        }
      }
    }
    return List.copyOf(reached);
  }

  /**
   * Returns the records on a topic: every record that names it in any field (subjects, agenda,
   * topics, positions, or a statement's {@code about}), in the dossier's record order.
   *
   * @param topicId the topic's id
   * @return the records
   * @throws IllegalArgumentException if the dossier has no topic with that id
   */
  public List<DossierRecord> recordsOn(String topicId) {
    require(topicId, Topic.class);
    return records.stream().filter(r -> References.mentions(r, topicId)).toList();
  }

  /**
   * Tells what changed from this dossier to another version of it, by record and field.
   *
   * @param other the later version
   * @return the differences; {@linkplain DossierDiff#isEmpty() empty} when the two are equal
   */
  public DossierDiff diff(Dossier other) {
    Objects.requireNonNull(other, "other");
    return DossierDiff.of(records, byId::containsKey, other.records, other.byId::get);
  }

  /**
   * Returns a dossier holding the records of this one and another, by {@link MergePolicy#STRICT}:
   * records both hold must be equal; when they are not, nothing is picked: the merge fails and
   * lists every conflict.
   *
   * @param other the dossier to merge with this one
   * @return the merged dossier
   * @throws MergeConflictException listing every record the two dossiers disagree on
   */
  public Dossier merge(Dossier other) {
    return merge(other, MergePolicy.STRICT);
  }

  /**
   * Returns a dossier holding the records of this one (the left) and another (the right), the
   * records both hold in different versions merged as a policy says: {@link MergePolicy#STRICT}
   * refuses them, {@link MergePolicy#KEEP_LEFT_AND_CLAIM_RIGHT} keeps the left's values and the
   * right's as claims of its sources, so that two sources of the same events are held together.
   *
   * <pre>{@code
   * Dossier both = whiteHouse.merge(newsPage, MergePolicy.KEEP_LEFT_AND_CLAIM_RIGHT);
   * both.find("call").orElseThrow().claimsAbout("when"); // the news page's time
   * }</pre>
   *
   * @param other the dossier to merge with this one
   * @param policy how to merge the records both hold in different versions
   * @return the merged dossier
   * @throws MergeConflictException listing every record the policy cannot merge, with the fields
   *     the two versions differ in
   * @throws InvalidDossierException if the merged records break a rule across records
   */
  public Dossier merge(Dossier other, MergePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    DossierDiff diff = diff(other);
    if (policy == MergePolicy.STRICT && !diff.changed().isEmpty()) {
      throw new MergeConflictException(diff.changed());
    }
    Map<String, DossierRecord> merged = new LinkedHashMap<>();
    List<RecordChange> conflicts = new ArrayList<>();
    for (RecordChange change : diff.changed()) {
      Optional<DossierRecord> record =
          Merger.keepLeftAndClaimRight(change.before(), change.after());
      record.ifPresentOrElse(r -> merged.put(r.id(), r), () -> conflicts.add(change));
    }
    if (!conflicts.isEmpty()) {
      throw new MergeConflictException(
          conflicts,
          "cannot be claimed, since the other version cites no source or is of another kind");
    }
    Builder builder = builder();
    records.forEach(r -> builder.add(merged.getOrDefault(r.id(), r)));
    return builder.addAll(diff.added()).build();
  }

  /**
   * Returns the records that hold claims of other sources, where the sources disagree, in the order
   * of the dossier.
   *
   * @return the records with at least one claim
   */
  public List<DossierRecord> disputed() {
    return records.stream().filter(r -> !r.claims().isEmpty()).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Dossier dossier && records.equals(dossier.records);
  }

  @Override
  public int hashCode() {
    return records.hashCode();
  }

  /**
   * Returns how many records of each kind the dossier holds, such as {@code Dossier[party=8,
   * leader=4]}.
   */
  @Override
  public String toString() {
    Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
    records.forEach(r -> counts.merge(r.recordKind(), 1L, Long::sum));
    return counts.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", ", "Dossier[", "]"));
  }
}
