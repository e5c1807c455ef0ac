package dev.entente.io;

import dev.entente.Agreement;
import dev.entente.AgreementKind;
import dev.entente.Characterisation;
import dev.entente.Conversation;
import dev.entente.ConversationMode;
import dev.entente.CountryCode;
import dev.entente.Delegation;
import dev.entente.Leader;
import dev.entente.Milestone;
import dev.entente.Party;
import dev.entente.PartyKind;
import dev.entente.Place;
import dev.entente.Position;
import dev.entente.Role;
import dev.entente.Span;
import dev.entente.Stage;
import dev.entente.Statement;
import dev.entente.StatementKind;
import dev.entente.Talks;
import dev.entente.TalksFormat;
import dev.entente.TalksStatus;
import dev.entente.TimePoint;
import dev.entente.Topic;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The codec of every type of the format, in one place: the format's definition in code. */
final class Codecs {
  static final Codec<String> TEXT = new ScalarCodec<>("a string", text -> text, text -> text);
  static final Codec<String> ID = new ScalarCodec<>("an id string", id -> id, id -> id);
  static final Codec<TimePoint> TIME_POINT =
      new ScalarCodec<>("an ISO 8601 date or time string", TimePoint::parse, TimePoint::toString);
  static final Codec<Duration> DURATION =
      new ScalarCodec<>("an ISO 8601 duration string", DurationText::parse, Duration::toString);
  static final Codec<CountryCode> COUNTRY =
      new ScalarCodec<>("an ISO 3166-1 alpha-2 country code string", CountryCode::of, CountryCode::code);
  static final Codec<URI> URL = new ScalarCodec<>("an absolute http or https URL string", Codecs::uri, URI::toString);
  static final StringMapCodec IDENTIFIERS = new StringMapCodec("identifiers");

  static final Codec<Span> SPAN =
      ObjectCodec.<Span, SpanParts>of("a span", SpanParts::new, SpanParts::build)
          .required("start", Span::start, SpanParts::start, TIME_POINT)
          .optional("end", Span::end, SpanParts::end, TIME_POINT)
          .optional("duration", Span::duration, SpanParts::duration, DURATION)
          .build();

  static final Codec<Place> PLACE =
      ObjectCodec.<Place, Place.Builder>of("a place", Place::builder, Place.Builder::build)
          .optional("city", Place::city, Place.Builder::city, TEXT)
          .required("country", Place::country, Place.Builder::country, COUNTRY)
          .build();

  static final Codec<Position> POSITION =
      ObjectCodec.<Position, Position.Builder>of("a position", Position::builder, Position.Builder::build)
          .required("by", Position::by, Position.Builder::by, ID)
          .required("text", Position::text, Position.Builder::text, TEXT)
          .list("subjects", Position::subjects, Position.Builder::addSubject, ID)
          .build();

  static final Codec<Characterisation> CHARACTERISATION =
      ObjectCodec.<Characterisation, Characterisation.Builder>of(
              "a characterisation", Characterisation::builder, Characterisation.Builder::build)
          .required("by", Characterisation::by, Characterisation.Builder::by, ID)
          .list("words", Characterisation::words, Characterisation.Builder::addWord, TEXT)
          .optional("source", Characterisation::source, Characterisation.Builder::source, ID)
          .build();

  static final Codec<Milestone> MILESTONE =
      ObjectCodec.<Milestone, Milestone.Builder>of("a milestone", Milestone::builder, Milestone.Builder::build)
          .required("stage", Milestone::stage, Milestone.Builder::stage, new EnumCodec<>(Stage.class))
          .required("when", Milestone::when, Milestone.Builder::when, TIME_POINT)
          .list("by", Milestone::by, Milestone.Builder::addBy, ID)
          .list("towards", Milestone::towards, Milestone.Builder::addTowards, ID)
          .optional("occasion", Milestone::occasion, Milestone.Builder::occasion, ID)
          .optional("source", Milestone::source, Milestone.Builder::source, ID)
          .build();

  static final Codec<Delegation> DELEGATION =
      ObjectCodec.<Delegation, Delegation.Builder>of("a delegation", Delegation::builder, Delegation.Builder::build)
          .required("party", Delegation::party, Delegation.Builder::party, ID)
          .list("members", Delegation::members, Delegation.Builder::addMember, ID)
          .optional("head", Delegation::head, Delegation.Builder::head, ID)
          .build();

  static final Codec<Party> PARTY =
      ObjectCodec.<Party, Party.Builder>of("a party", Party::builder, Party.Builder::build)
          .required("id", Party::id, Party.Builder::id, ID)
          .required("kind", Party::kind, Party.Builder::kind, new EnumCodec<>(PartyKind.class))
          .required("name", Party::name, Party.Builder::name, TEXT)
          .list("otherNames", Party::otherNames, Party.Builder::addOtherName, TEXT)
          .optional("country", Party::country, Party.Builder::country, COUNTRY)
          .optional("partOf", Party::partOf, Party.Builder::partOf, ID)
          .list("members", Party::members, Party.Builder::addMember, ID)
          .map("identifiers", Party::identifiers, Party.Builder::identifiers, IDENTIFIERS)
          .list("sources", Party::sources, Party.Builder::addSource, ID)
          .build();

  static final Codec<Leader> LEADER =
      ObjectCodec.<Leader, Leader.Builder>of("a leader", Leader::builder, Leader.Builder::build)
          .required("id", Leader::id, Leader.Builder::id, ID)
          .required("name", Leader::name, Leader.Builder::name, TEXT)
          .list("otherNames", Leader::otherNames, Leader.Builder::addOtherName, TEXT)
          .required("party", Leader::party, Leader.Builder::party, ID)
          .required("role", Leader::role, Leader.Builder::role, new EnumCodec<>(Role.class))
          .optional("office", Leader::office, Leader.Builder::office, TEXT)
          .optional("term", Leader::term, Leader.Builder::term, SPAN)
          .map("identifiers", Leader::identifiers, Leader.Builder::identifiers, IDENTIFIERS)
          .list("sources", Leader::sources, Leader.Builder::addSource, ID)
          .build();

  static final Codec<Topic> TOPIC =
      ObjectCodec.<Topic, Topic.Builder>of("a topic", Topic::builder, Topic.Builder::build)
          .required("id", Topic::id, Topic.Builder::id, ID)
          .required("label", Topic::label, Topic.Builder::label, TEXT)
          .optional("description", Topic::description, Topic.Builder::description, TEXT)
          .list("sources", Topic::sources, Topic.Builder::addSource, ID)
          .build();

  static final Codec<Statement> STATEMENT =
      ObjectCodec.<Statement, Statement.Builder>of("a statement", Statement::builder, Statement.Builder::build)
          .required("id", Statement::id, Statement.Builder::id, ID)
          .required("kind", Statement::kind, Statement.Builder::kind, new EnumCodec<>(StatementKind.class))
          .required("by", Statement::by, Statement.Builder::by, ID)
          .required("when", Statement::when, Statement.Builder::when, TIME_POINT)
          .optional("quote", Statement::quote, Statement.Builder::quote, TEXT)
          .optional("summary", Statement::summary, Statement.Builder::summary, TEXT)
          .list("about", Statement::about, Statement.Builder::addAbout, ID)
          .optional("url", Statement::url, Statement.Builder::url, URL)
          .list("sources", Statement::sources, Statement.Builder::addSource, ID)
          .build();

  static final Codec<Conversation> CONVERSATION =
      ObjectCodec.<Conversation, Conversation.Builder>of(
              "a conversation", Conversation::builder, Conversation.Builder::build)
          .required("id", Conversation::id, Conversation.Builder::id, ID)
          .required("mode", Conversation::mode, Conversation.Builder::mode, new EnumCodec<>(ConversationMode.class))
          .list("participants", Conversation::participants, Conversation.Builder::addParticipant, ID)
          .optional("initiator", Conversation::initiator, Conversation.Builder::initiator, ID)
          .required("when", Conversation::when, Conversation.Builder::when, SPAN)
          .optional("place", Conversation::place, Conversation.Builder::place, PLACE)
          .list("subjects", Conversation::subjects, Conversation.Builder::addSubject, ID)
          .optional("mainSubject", Conversation::mainSubject, Conversation.Builder::mainSubject, ID)
          .optional("purpose", Conversation::purpose, Conversation.Builder::purpose, TEXT)
          .list("positions", Conversation::positions, Conversation.Builder::addPosition, POSITION)
          .list(
              "characterisations",
              Conversation::characterisations,
              Conversation.Builder::addCharacterisation,
              CHARACTERISATION)
          .list("follows", Conversation::follows, Conversation.Builder::addFollow, ID)
          .list("sources", Conversation::sources, Conversation.Builder::addSource, ID)
          .build();

  static final Codec<Agreement> AGREEMENT =
      ObjectCodec.<Agreement, Agreement.Builder>of("an agreement", Agreement::builder, Agreement.Builder::build)
          .required("id", Agreement::id, Agreement.Builder::id, ID)
          .required("kind", Agreement::kind, Agreement.Builder::kind, new EnumCodec<>(AgreementKind.class))
          .required("title", Agreement::title, Agreement.Builder::title, TEXT)
          .optional("terms", Agreement::terms, Agreement.Builder::terms, TEXT)
          .list("parties", Agreement::parties, Agreement.Builder::addParty, ID)
          .list("topics", Agreement::topics, Agreement.Builder::addTopic, ID)
          .list("milestones", Agreement::milestones, Agreement.Builder::addMilestone, MILESTONE)
          .list("sources", Agreement::sources, Agreement.Builder::addSource, ID)
          .build();

  static final Codec<Talks> TALKS =
      ObjectCodec.<Talks, Talks.Builder>of("talks", Talks::builder, Talks.Builder::build)
          .required("id", Talks::id, Talks.Builder::id, ID)
          .required("title", Talks::title, Talks.Builder::title, TEXT)
          .required("when", Talks::when, Talks.Builder::when, SPAN)
          .optional("venue", Talks::venue, Talks.Builder::venue, PLACE)
          .required("format", Talks::format, Talks.Builder::format, new EnumCodec<>(TalksFormat.class))
          .optional("host", Talks::host, Talks.Builder::host, ID)
          .list("delegations", Talks::delegations, Talks.Builder::addDelegation, DELEGATION)
          .list("agenda", Talks::agenda, Talks.Builder::addAgenda, ID)
          .list("carriesOut", Talks::carriesOut, Talks.Builder::addCarriesOut, ID)
          .required("status", Talks::status, Talks.Builder::status, new EnumCodec<>(TalksStatus.class))
          .optional("rescheduledFrom", Talks::rescheduledFrom, Talks.Builder::rescheduledFrom, SPAN)
          .list("sources", Talks::sources, Talks.Builder::addSource, ID)
          .build();

  static final DossierCodec DOSSIER = new DossierCodec();

  /** The codec of each type a user may read or write on its own. */
  private static final Map<Class<?>, Codec<?>> BY_TYPE = new LinkedHashMap<>();

  static {
    BY_TYPE.put(dev.entente.Dossier.class, DOSSIER);
    BY_TYPE.put(Party.class, PARTY);
    BY_TYPE.put(Leader.class, LEADER);
    BY_TYPE.put(Topic.class, TOPIC);
    BY_TYPE.put(Statement.class, STATEMENT);
    BY_TYPE.put(Conversation.class, CONVERSATION);
    BY_TYPE.put(Agreement.class, AGREEMENT);
    BY_TYPE.put(Talks.class, TALKS);
  }

  private Codecs() {}

  static Map<Class<?>, Codec<?>> byType() {
    return BY_TYPE;
  }

  /** The codec of a dossier or a record type, or an error naming the types that have one. */
  @SuppressWarnings("unchecked")
  static <T> Codec<T> of(Class<T> type) {
    Codec<?> codec = BY_TYPE.get(type);
    if (codec == null) {
      throw new IllegalArgumentException(
          type.getName() + " has no JSON form of its own; these do: "
              + BY_TYPE.keySet().stream().map(Class::getSimpleName).collect(java.util.stream.Collectors.joining(", ")));
    }
    return (Codec<T>) codec;
  }

  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("\"" + text + "\" is not a URL: " + e.getMessage(), e);
    }
  }
}
