package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
import dev.entente.internal.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Merges two versions of one record as {@link MergePolicy#KEEP_LEFT_AND_CLAIM_RIGHT} says: the
 * left's values, the right's differing values as claims of the right's sources, both versions'
 * sources and claims.
 */
final class Merger {
  private Merger() {}

  /**
   * The merged record, or empty when the right version cannot be claimed: it is of another kind, or
   * it differs in a field and cites no source.
   */
  static Optional<DossierRecord> keepLeftAndClaimRight(DossierRecord left, DossierRecord right) {
    if (left.recordKind() != right.recordKind()) {
      return Optional.empty();
    }
    return merge(Declarations.of(left.recordKind()), left, right);
  }

  private static <T extends DossierRecord, B> Optional<DossierRecord> merge(
      Declaration<T, B> declaration, DossierRecord leftRecord, DossierRecord rightRecord) {
    T left = declaration.type().cast(leftRecord);
    T right = declaration.type().cast(rightRecord);
    Set<String> sources = new LinkedHashSet<>(left.sources());
    Set<Claim> claims = new LinkedHashSet<>(left.claims());
    for (Field<T, B, ?> field : declaration.claimableFields()) {
      Object value = given(field.get(right));
      if (value != null && !value.equals(given(field.get(left)))) {
        if (right.sources().isEmpty()) {
          return Optional.empty();
        }
        right.sources().forEach(source -> claims.add(Claim.of(field.name(), value, source)));
      }
    }
    for (Claim claim : right.claims()) {
      if (claim.value().equals(given(declaration.field(claim.field()).orElseThrow().get(left)))) {
        sources.add(claim.source());
      } else {
        claims.add(claim);
      }
    }
    sources.addAll(right.sources());
    B builder = declaration.newBuilder();
    declaration.copy(left, builder);
    addNew(declaration, builder, "sources", left.sources(), new ArrayList<>(sources));
    addNew(declaration, builder, "claims", left.claims(), new ArrayList<>(claims));
    return Optional.of(declaration.build(builder));
  }

  /**
   * A field's value as a source gives it: the value, or {@code null} when the source leaves it out
   * (an empty optional, list or map).
   */
  private static @Nullable Object given(Object held) {
    if (held instanceof Optional<?> optional) {
      return optional.orElse(null);
    }
    if ((held instanceof List<?> list && list.isEmpty())
        || (held instanceof Map<?, ?> map && map.isEmpty())) {
      return null;
    }
    return held;
  }

  /** Adds to a list field what the merged list holds beyond what the copy of the left set. */
  @SuppressWarnings("unchecked")
  private static <T, B, V> void addNew(
      Declaration<T, B> declaration, B builder, String name, List<?> copied, List<?> merged) {
    Field<T, B, V> field = (Field<T, B, V>) declaration.field(name).orElseThrow();
    merged
        .subList(copied.size(), merged.size())
        .forEach(v -> field.setter().accept(builder, (V) v));
  }
}
