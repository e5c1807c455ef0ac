package dev.entente.internal;

import dev.entente.Agreement;
import dev.entente.AgreementKind;
import dev.entente.Characterisation;
import dev.entente.Claim;
import dev.entente.Conversation;
import dev.entente.ConversationMode;
import dev.entente.Coordinates;
import dev.entente.CountryCode;
import dev.entente.Delegation;
import dev.entente.DossierRecord;
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
import dev.entente.RecordKind;
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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fields of every record and part of the model, each declared once, in the order of the JSON
 * format. A field added to a record is added here; its checks of form, its references, its diff and
 * its JSON form follow.
 *
 * <p>Not an API: this package is exported to Entente's own modules only.
 */
public final class Declarations {
  /** The fields of a {@link Place}. */
  public static final Declaration<Place, Place.Builder> PLACE =
      Declaration.of(Place.class, "a place", Place::builder, Place.Builder::build)
          .optional("venue", Place::venue, Place.Builder::venue, Holds.text())
          .list("localities", Place::localities, Place.Builder::addLocality, Holds.text())
          .optional(
              "country", Place::country, Place.Builder::country, Holds.value(CountryCode.class))
          .optional("party", Place::party, Place.Builder::party, Holds.reference(RecordKind.PARTY))
          .optional(
              "coordinates",
              Place::coordinates,
              Place.Builder::coordinates,
              Holds.value(Coordinates.class))
          .optional(
              "precision",
              Place::precision,
              Place.Builder::precision,
              Holds.value(PlacePrecision.class))
          .map("identifiers", Place::identifiers, Place.Builder::identifiers, Holds.text())
          .declare();

  /** The fields of a {@link Position}. */
  public static final Declaration<Position, Position.Builder> POSITION =
      Declaration.of(Position.class, "a position", Position::builder, Position.Builder::build)
          .required(
              "by",
              Position::by,
              Position.Builder::by,
              Holds.reference(RecordKind.LEADER, RecordKind.PARTY))
          .required("text", Position::text, Position.Builder::text, Holds.text())
          .list(
              "subjects",
              Position::subjects,
              Position.Builder::addSubject,
              Holds.reference(RecordKind.TOPIC, RecordKind.AGREEMENT, RecordKind.TALKS))
          .optional(
              "source",
              Position::source,
              Position.Builder::source,
              Holds.reference(RecordKind.STATEMENT))
          .declare();

  /** The fields of a {@link Characterisation}. */
  public static final Declaration<Characterisation, Characterisation.Builder> CHARACTERISATION =
      Declaration.of(
              Characterisation.class,
              "a characterisation",
              Characterisation::builder,
              Characterisation.Builder::build)
          .required(
              "by",
              Characterisation::by,
              Characterisation.Builder::by,
              Holds.reference(RecordKind.LEADER, RecordKind.PARTY))
          .list("words", Characterisation::words, Characterisation.Builder::addWord, Holds.text())
          .atLeast(1, "word")
          .optional(
              "source",
              Characterisation::source,
              Characterisation.Builder::source,
              Holds.reference(RecordKind.STATEMENT))
          .declare();

  /** The fields of a {@link Milestone}. */
  public static final Declaration<Milestone, Milestone.Builder> MILESTONE =
      Declaration.of(Milestone.class, "a milestone", Milestone::builder, Milestone.Builder::build)
          .required("stage", Milestone::stage, Milestone.Builder::stage, Holds.value(Stage.class))
          .required("when", Milestone::when, Milestone.Builder::when, Holds.value(TimePoint.class))
          .list(
              "by",
              Milestone::by,
              Milestone.Builder::addBy,
              Holds.reference(RecordKind.PARTY, RecordKind.LEADER))
          .list(
              "towards",
              Milestone::towards,
              Milestone.Builder::addTowards,
              Holds.reference(RecordKind.PARTY, RecordKind.LEADER))
          .list(
              "parties",
              Milestone::parties,
              Milestone.Builder::addParty,
              Holds.reference(RecordKind.PARTY))
          .optional(
              "occasion",
              Milestone::occasion,
              Milestone.Builder::occasion,
              Holds.reference(RecordKind.CONVERSATION, RecordKind.TALKS, RecordKind.VISIT))
          .optional(
              "source",
              Milestone::source,
              Milestone.Builder::source,
              Holds.reference(RecordKind.STATEMENT))
          .declare();

  /** The fields of an {@link Office}. */
  public static final Declaration<Office, Office.Builder> OFFICE =
      Declaration.of(Office.class, "an office", Office::builder, Office.Builder::build)
          .required(
              "party", Office::party, Office.Builder::party, Holds.reference(RecordKind.PARTY))
          .required("role", Office::role, Office.Builder::role, Holds.value(Role.class))
          .optional("title", Office::title, Office.Builder::title, Holds.text())
          .optional("term", Office::term, Office.Builder::term, Holds.value(Span.class))
          .optional(
              "standing", Office::standing, Office.Builder::standing, Holds.value(Standing.class))
          .declare();

  /** The fields of a {@link Membership}. */
  public static final Declaration<Membership, Membership.Builder> MEMBERSHIP =
      Declaration.of(
              Membership.class, "a membership", Membership::builder, Membership.Builder::build)
          .required(
              "party",
              Membership::party,
              Membership.Builder::party,
              Holds.reference(RecordKind.PARTY))
          .optional(
              "joined",
              Membership::joined,
              Membership.Builder::joined,
              Holds.value(TimePoint.class))
          .optional(
              "left", Membership::left, Membership.Builder::left, Holds.value(TimePoint.class))
          .declare();

  /** The fields of a {@link Delegation}. */
  public static final Declaration<Delegation, Delegation.Builder> DELEGATION =
      Declaration.of(
              Delegation.class, "a delegation", Delegation::builder, Delegation.Builder::build)
          .required(
              "party",
              Delegation::party,
              Delegation.Builder::party,
              Holds.reference(RecordKind.PARTY))
          .list(
              "members",
              Delegation::members,
              Delegation.Builder::addMember,
              Holds.reference(RecordKind.LEADER))
          .optional(
              "head",
              Delegation::head,
              Delegation.Builder::head,
              Holds.reference(RecordKind.LEADER))
          .oneOf("members")
          .declare();

  /** The fields of a {@link Party}. */
  public static final Declaration<Party, Party.Builder> PARTY =
      Declaration.of(Party.class, "a party", Party::builder, Party.Builder::build)
          .id(Party::id, Party.Builder::id)
          .required("kind", Party::kind, Party.Builder::kind, Holds.value(PartyKind.class))
          .required("name", Party::name, Party.Builder::name, Holds.text())
          .list("otherNames", Party::otherNames, Party.Builder::addOtherName, Holds.text())
          .optional(
              "country", Party::country, Party.Builder::country, Holds.value(CountryCode.class))
          .optional(
              "recognition",
              Party::recognition,
              Party.Builder::recognition,
              Holds.value(Recognition.class))
          .optional("began", Party::began, Party.Builder::began, Holds.value(TimePoint.class))
          .optional("ended", Party::ended, Party.Builder::ended, Holds.value(TimePoint.class))
          .list(
              "predecessors",
              Party::predecessors,
              Party.Builder::addPredecessor,
              Holds.reference(RecordKind.PARTY))
          .optional(
              "partOf", Party::partOf, Party.Builder::partOf, Holds.reference(RecordKind.PARTY))
          .list("members", Party::members, Party.Builder::addMember, Holds.part(MEMBERSHIP))
          .map("identifiers", Party::identifiers, Party.Builder::identifiers, Holds.text())
          .list(
              "sources",
              Party::sources,
              Party.Builder::addSource,
              Holds.reference(RecordKind.STATEMENT))
          .list("claims", Party::claims, Party.Builder::addClaim, Holds.value(Claim.class))
          .declare();

  /** The fields of a {@link Leader}. */
  public static final Declaration<Leader, Leader.Builder> LEADER =
      Declaration.of(Leader.class, "a leader", Leader::builder, Leader.Builder::build)
          .id(Leader::id, Leader.Builder::id)
          .required("name", Leader::name, Leader.Builder::name, Holds.text())
          .list("otherNames", Leader::otherNames, Leader.Builder::addOtherName, Holds.text())
          .list("offices", Leader::offices, Leader.Builder::addOffice, Holds.part(OFFICE))
          .atLeast(1, "office")
          .map("identifiers", Leader::identifiers, Leader.Builder::identifiers, Holds.text())
          .list(
              "sources",
              Leader::sources,
              Leader.Builder::addSource,
              Holds.reference(RecordKind.STATEMENT))
          .list("claims", Leader::claims, Leader.Builder::addClaim, Holds.value(Claim.class))
          .declare();

  /** The fields of a {@link Topic}. */
  public static final Declaration<Topic, Topic.Builder> TOPIC =
      Declaration.of(Topic.class, "a topic", Topic::builder, Topic.Builder::build)
          .id(Topic::id, Topic.Builder::id)
          .required("label", Topic::label, Topic.Builder::label, Holds.text())
          .optional("description", Topic::description, Topic.Builder::description, Holds.text())
          .list(
              "sources",
              Topic::sources,
              Topic.Builder::addSource,
              Holds.reference(RecordKind.STATEMENT))
          .list("claims", Topic::claims, Topic.Builder::addClaim, Holds.value(Claim.class))
          .declare();

  /** The fields of a {@link Statement}. */
  public static final Declaration<Statement, Statement.Builder> STATEMENT =
      Declaration.of(Statement.class, "a statement", Statement::builder, Statement.Builder::build)
          .id(Statement::id, Statement.Builder::id)
          .required(
              "kind", Statement::kind, Statement.Builder::kind, Holds.value(StatementKind.class))
          .required(
              "by",
              Statement::by,
              Statement.Builder::by,
              Holds.reference(RecordKind.LEADER, RecordKind.PARTY))
          .required("when", Statement::when, Statement.Builder::when, Holds.value(TimePoint.class))
          .optional("quote", Statement::quote, Statement.Builder::quote, Holds.text())
          .optional("summary", Statement::summary, Statement.Builder::summary, Holds.text())
          .list("about", Statement::about, Statement.Builder::addAbout, Holds.anyRecord())
          .optional("url", Statement::url, Statement.Builder::url, Holds.webAddress())
          .optional("language", Statement::language, Statement.Builder::language, Holds.text())
          .optional(
              "retrieved",
              Statement::retrieved,
              Statement.Builder::retrieved,
              Holds.value(TimePoint.class))
          .list(
              "sources",
              Statement::sources,
              Statement.Builder::addSource,
              Holds.reference(RecordKind.STATEMENT))
          .list("claims", Statement::claims, Statement.Builder::addClaim, Holds.value(Claim.class))
          .declare();

  /** The fields of a {@link Conversation}. */
  public static final Declaration<Conversation, Conversation.Builder> CONVERSATION =
      Declaration.of(
              Conversation.class,
              "a conversation",
              Conversation::builder,
              Conversation.Builder::build)
          .id(Conversation::id, Conversation.Builder::id)
          .required(
              "mode",
              Conversation::mode,
              Conversation.Builder::mode,
              Holds.value(ConversationMode.class))
          .list(
              "participants",
              Conversation::participants,
              Conversation.Builder::addParticipant,
              Holds.reference(RecordKind.LEADER))
          .atLeast(2, "leaders")
          .optional(
              "initiator",
              Conversation::initiator,
              Conversation.Builder::initiator,
              Holds.reference(RecordKind.LEADER))
          .oneOf("participants")
          .required("when", Conversation::when, Conversation.Builder::when, Holds.value(Span.class))
          .optional("place", Conversation::place, Conversation.Builder::place, Holds.part(PLACE))
          .list(
              "subjects",
              Conversation::subjects,
              Conversation.Builder::addSubject,
              Holds.reference(RecordKind.TOPIC, RecordKind.AGREEMENT, RecordKind.TALKS))
          .optional(
              "mainSubject",
              Conversation::mainSubject,
              Conversation.Builder::mainSubject,
              Holds.reference(RecordKind.TOPIC, RecordKind.AGREEMENT, RecordKind.TALKS))
          .oneOf("subjects")
          .optional("purpose", Conversation::purpose, Conversation.Builder::purpose, Holds.text())
          .list(
              "positions",
              Conversation::positions,
              Conversation.Builder::addPosition,
              Holds.part(POSITION))
          .list(
              "characterisations",
              Conversation::characterisations,
              Conversation.Builder::addCharacterisation,
              Holds.part(CHARACTERISATION))
          .list(
              "follows",
              Conversation::follows,
              Conversation.Builder::addFollow,
              Holds.reference(RecordKind.CONVERSATION))
          .list(
              "sources",
              Conversation::sources,
              Conversation.Builder::addSource,
              Holds.reference(RecordKind.STATEMENT))
          .list(
              "claims",
              Conversation::claims,
              Conversation.Builder::addClaim,
              Holds.value(Claim.class))
          .declare();

  /** The fields of an {@link Agreement}. */
  public static final Declaration<Agreement, Agreement.Builder> AGREEMENT =
      Declaration.of(Agreement.class, "an agreement", Agreement::builder, Agreement.Builder::build)
          .id(Agreement::id, Agreement.Builder::id)
          .required(
              "kind", Agreement::kind, Agreement.Builder::kind, Holds.value(AgreementKind.class))
          .required("title", Agreement::title, Agreement.Builder::title, Holds.text())
          .optional("terms", Agreement::terms, Agreement.Builder::terms, Holds.text())
          .list(
              "parties",
              Agreement::parties,
              Agreement.Builder::addParty,
              Holds.reference(RecordKind.PARTY))
          .atLeast(1, "party")
          .list(
              "topics",
              Agreement::topics,
              Agreement.Builder::addTopic,
              Holds.reference(RecordKind.TOPIC))
          .list(
              "milestones",
              Agreement::milestones,
              Agreement.Builder::addMilestone,
              Holds.part(MILESTONE))
          .atLeast(1, "milestone")
          .list(
              "positions",
              Agreement::positions,
              Agreement.Builder::addPosition,
              Holds.part(POSITION))
          .list(
              "characterisations",
              Agreement::characterisations,
              Agreement.Builder::addCharacterisation,
              Holds.part(CHARACTERISATION))
          .list(
              "sources",
              Agreement::sources,
              Agreement.Builder::addSource,
              Holds.reference(RecordKind.STATEMENT))
          .list("claims", Agreement::claims, Agreement.Builder::addClaim, Holds.value(Claim.class))
          .declare();

  /** The fields of {@link Talks}. */
  public static final Declaration<Talks, Talks.Builder> TALKS =
      Declaration.of(Talks.class, "talks", Talks::builder, Talks.Builder::build)
          .id(Talks::id, Talks.Builder::id)
          .required("title", Talks::title, Talks.Builder::title, Holds.text())
          .required("when", Talks::when, Talks.Builder::when, Holds.value(Span.class))
          .optional("venue", Talks::venue, Talks.Builder::venue, Holds.part(PLACE))
          .required("format", Talks::format, Talks.Builder::format, Holds.value(TalksFormat.class))
          .optional("host", Talks::host, Talks.Builder::host, Holds.reference(RecordKind.PARTY))
          .list(
              "delegations",
              Talks::delegations,
              Talks.Builder::addDelegation,
              Holds.part(DELEGATION))
          .atLeast(1, "delegation")
          .list(
              "agenda",
              Talks::agenda,
              Talks.Builder::addAgenda,
              Holds.reference(RecordKind.TOPIC, RecordKind.AGREEMENT))
          .list(
              "carriesOut",
              Talks::carriesOut,
              Talks.Builder::addCarriesOut,
              Holds.reference(RecordKind.AGREEMENT))
          .required("status", Talks::status, Talks.Builder::status, Holds.value(TalksStatus.class))
          .list(
              "previousDates",
              Talks::previousDates,
              Talks.Builder::addPreviousDate,
              Holds.value(Span.class))
          .optional(
              "announcedBy",
              Talks::announcedBy,
              Talks.Builder::announcedBy,
              Holds.reference(RecordKind.STATEMENT, RecordKind.CONVERSATION))
          .list("positions", Talks::positions, Talks.Builder::addPosition, Holds.part(POSITION))
          .list(
              "characterisations",
              Talks::characterisations,
              Talks.Builder::addCharacterisation,
              Holds.part(CHARACTERISATION))
          .list(
              "sources",
              Talks::sources,
              Talks.Builder::addSource,
              Holds.reference(RecordKind.STATEMENT))
          .list("claims", Talks::claims, Talks.Builder::addClaim, Holds.value(Claim.class))
          .declare();

  /** The fields of a {@link Visit}. */
  public static final Declaration<Visit, Visit.Builder> VISIT =
      Declaration.of(Visit.class, "a visit", Visit::builder, Visit.Builder::build)
          .id(Visit::id, Visit.Builder::id)
          .optional("kind", Visit::kind, Visit.Builder::kind, Holds.value(VisitKind.class))
          .list(
              "visitors",
              Visit::visitors,
              Visit.Builder::addVisitor,
              Holds.reference(RecordKind.LEADER))
          .atLeast(1, "leader")
          .required("host", Visit::host, Visit.Builder::host, Holds.reference(RecordKind.PARTY))
          .list("hosts", Visit::hosts, Visit.Builder::addHost, Holds.reference(RecordKind.LEADER))
          .required("when", Visit::when, Visit.Builder::when, Holds.value(Span.class))
          .list("places", Visit::places, Visit.Builder::addPlace, Holds.part(PLACE))
          .optional("description", Visit::description, Visit.Builder::description, Holds.text())
          .optional(
              "invitedBy",
              Visit::invitedBy,
              Visit.Builder::invitedBy,
              Holds.reference(RecordKind.LEADER, RecordKind.PARTY))
          .list(
              "includes",
              Visit::includes,
              Visit.Builder::addInclude,
              Holds.reference(RecordKind.CONVERSATION, RecordKind.TALKS))
          .list(
              "sources",
              Visit::sources,
              Visit.Builder::addSource,
              Holds.reference(RecordKind.STATEMENT))
          .list("claims", Visit::claims, Visit.Builder::addClaim, Holds.value(Claim.class))
          .declare();

  /** Every declaration: the parts, then the records in the order of their kinds. */
  private static final List<Declaration<?, ?>> ALL =
      Stream.<Declaration<?, ?>>concat(
              Stream.of(
                  PLACE, POSITION, CHARACTERISATION, MILESTONE, DELEGATION, MEMBERSHIP, OFFICE),
              Arrays.stream(RecordKind.values()).map(Declarations::of))
          .toList();

  private Declarations() {}

  /**
   * Returns every declaration: the parts, then the records in the order of their kinds.
   *
   * @return the declarations
   */
  public static List<Declaration<?, ?>> all() {
    return ALL;
  }

  /**
   * Returns the declaration of a kind of record.
   *
   * @param kind the kind
   * @return its declaration
   */
  public static Declaration<? extends DossierRecord, ?> of(RecordKind kind) {
    return switch (kind) {
      case PARTY -> PARTY;
      case LEADER -> LEADER;
      case TOPIC -> TOPIC;
      case STATEMENT -> STATEMENT;
      case CONVERSATION -> CONVERSATION;
      case AGREEMENT -> AGREEMENT;
      case TALKS -> TALKS;
      case VISIT -> VISIT;
    };
  }
}
