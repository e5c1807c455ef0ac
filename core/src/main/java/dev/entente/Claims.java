package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Field;
import dev.entente.internal.Holds;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rules a record's {@link Claim}s hold, checked when the record is built: each is about one of
 * the record's fields, with a value of the field's type and form that differs from the record's
 * own, and no claim is listed twice.
 */
final class Claims {
  private Claims() {}

  /** Checks the claims of a record, given with its declaration. */
  static <T> void check(
      Invariants check, Declaration<T, ?> declaration, T record, List<Claim> claims) {
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      String at = "claims[" + i + "]";
      Field<T, ?, ?> field = claimedField(check, declaration, at, claim);
      checkValue(check, at + ".value", field, claim.value());
      Object own = field.get(record);
      if (own.equals(claim.value()) || own.equals(Optional.of(claim.value()))) {
        throw check.fail(
            "claims",
            at
                + " gives the "
                + claim.field()
                + " the record holds; a source that agrees is one of its sources");
      }
    }
    check.distinct("claims", claims);
  }

  /** The names of the fields a claim may be about. */
  private static String claimable(Declaration<?, ?> declaration) {
    return declaration.claimableFields().stream()
        .map(Field::name)
        .collect(Collectors.joining(", "));
  }

  private static <T> Field<T, ?, ?> claimedField(
      Invariants check, Declaration<T, ?> declaration, String at, Claim claim) {
    return declaration.claimableFields().stream()
        .filter(field -> field.name().equals(claim.field()))
        .findFirst()
        .orElseThrow(
            () ->
                check.fail(
                    "claims",
                    at
                        + " is about \""
                        + claim.field()
                        + "\", which is no field of "
                        + declaration.noun()
                        + " a source can give: one of "
                        + claimable(declaration)));
  }

  private static void checkValue(Invariants check, String at, Field<?, ?, ?> field, Object value) {
    Holds<?> holds = field.holds();
    switch (field.arity()) {
      case REQUIRED, OPTIONAL -> checkOne(check, at, field, value);
      case LIST -> {
        if (!(value instanceof List<?> list)) {
          throw wrongType(check, at, field, value, "a list");
        }
        list.forEach(element -> checkOne(check, at, field, element));
        if (holds.kind() == Holds.Kind.REFERENCE || holds.kind() == Holds.Kind.TEXT) {
          check.distinct(at, list);
        }
        check.atLeast(at, list, field.atLeast(), field.countedAs());
      }
      case MAP -> checkMap(check, at, field, value);
    }
  }

  @SuppressWarnings("unchecked")
  private static void checkMap(Invariants check, String at, Field<?, ?, ?> field, Object value) {
    boolean ofTexts =
        value instanceof Map<?, ?> map
            && map.entrySet().stream()
                .allMatch(e -> e.getKey() instanceof String && e.getValue() instanceof String);
    if (!ofTexts) {
      throw wrongType(check, at, field, value, "a map of texts");
    }
    Identifiers.check(check, (Map<String, String>) value);
  }

  private static void checkOne(Invariants check, String at, Field<?, ?, ?> field, Object value) {
    Holds<?> holds = field.holds();
    if (!holds.type().isInstance(value)) {
      throw wrongType(check, at, field, value, "a " + holds.type().getSimpleName());
    }
    switch (holds.kind()) {
      case REFERENCE -> check.reference(at, (String) value);
      case TEXT -> check.text(at, (String) value);
      case WEB_ADDRESS -> check.webAddress(at, (URI) value);
      case ID, PART, VALUE -> {
        // Parts and values checked themselves when they were made.
      }
    }
  }

  private static InvalidRecordException wrongType(
      Invariants check, String at, Field<?, ?, ?> field, Object value, String expected) {
    return check.fail(
        "claims",
        at
            + " "
            + Invariants.quote(value)
            + " is "
            + kindOf(value)
            + ", but "
            + field.name()
            + " holds "
            + expected);
  }

  /** What a value is, in a message: a list, a map, or its type as the model names it. */
  private static String kindOf(Object value) {
    if (value instanceof List<?>) {
      return "a list";
    }
    if (value instanceof Map<?, ?>) {
      return "a map";
    }
    Class<?> type =
        value instanceof ModelValue ? value.getClass().getSuperclass() : value.getClass();
    return "a " + type.getSimpleName();
  }

  /** The claims of a record about a field. */
  static List<Claim> about(DossierRecord record, String field) {
    return record.claims().stream()
        .filter(claim -> claim.field().equals(field))
        .collect(Collectors.toUnmodifiableList());
  }
}
