package dev.entente.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.CountryCode;
import dev.entente.DossierRecord;
import dev.entente.Place;
import dev.entente.RecordKind;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class DeclarationsTest {
  static Stream<Declaration<?, ?>> everyDeclaration() {
    return Declarations.all().stream();
  }

  /** Every accessor of a record or part is declared, and every declared field is an accessor. */
  @ParameterizedTest
  @MethodSource("everyDeclaration")
  void declaresEveryAccessor(Declaration<?, ?> declaration) {
    List<String> accessors =
        Arrays.stream(declaration.type().getMethods())
            .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
            .map(Method::getName)
            .filter(name -> !name.equals("recordKind"))
            .toList();
    assertThat(declaration.fields())
        .extracting(Field::name)
        .containsExactlyInAnyOrderElementsOf(accessors);
  }

  /** The arity a field is declared with is the shape its accessor returns. */
  @ParameterizedTest
  @MethodSource("everyDeclaration")
  void declaresEachFieldWithItsAccessorsShape(Declaration<?, ?> declaration)
      throws NoSuchMethodException {
    for (Field<?, ?, ?> field : declaration.fields()) {
      Class<?> returned = declaration.type().getMethod(field.name()).getReturnType();
      Class<?> expected =
          switch (field.arity()) {
            case OPTIONAL -> Optional.class;
            case LIST -> List.class;
            case MAP -> Map.class;
            case REQUIRED -> field.holds().type();
          };
      assertThat(returned)
          .as(declaration.type().getSimpleName() + "." + field.name())
          .isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @EnumSource(RecordKind.class)
  void declaresEachKindsIdFirstThenSourcesAndClaimsLast(RecordKind kind) {
    List<? extends Field<?, ?, ?>> fields = Declarations.of(kind).fields();
    assertThat(Declarations.of(kind).type()).isEqualTo(kind.type());
    assertThat(fields.get(0).holds().kind()).isEqualTo(Holds.Kind.ID);
    assertThat(fields.get(fields.size() - 2).name()).isEqualTo("sources");
    assertThat(fields.get(fields.size() - 1).name()).isEqualTo("claims");
    assertThat(Declarations.of(kind).claimableFields())
        .extracting(Field::name)
        .doesNotContain("id", "sources", "claims")
        .hasSize(fields.size() - 3);
    assertThat(DossierRecord.class.isAssignableFrom(Declarations.of(kind).type())).isTrue();
  }

  @Test
  void readsAndSetsThroughTheDeclaredField() {
    Declaration<Place, Place.Builder> place = Declarations.PLACE;
    Place.Builder builder = place.newBuilder();
    @SuppressWarnings("unchecked")
    Field<Place, Place.Builder, CountryCode> country =
        (Field<Place, Place.Builder, CountryCode>) place.field("country").orElseThrow();
    country.setter().accept(builder, CountryCode.of("CH"));
    Place geneva = place.build(builder);
    assertThat(country.get(geneva)).isEqualTo(Optional.of(CountryCode.of("CH")));
    assertThat(place.field("venue").orElseThrow().get(geneva)).isEqualTo(Optional.empty());
    assertThat(place.field("nowhere")).isEmpty();
  }

  @Test
  void refusesMalformedDeclarations() {
    assertThatThrownBy(
            () ->
                Declaration.of(Place.class, "a place", Place::builder, Place.Builder::build)
                    .optional("venue", Place::venue, Place.Builder::venue, Holds.text())
                    .optional("venue", Place::venue, Place.Builder::venue, Holds.text()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("declares venue twice");
    assertThatThrownBy(
            () ->
                Declaration.of(Place.class, "a place", Place::builder, Place.Builder::build)
                    .optional("venue", Place::venue, Place.Builder::venue, Holds.text())
                    .atLeast(1, "venue"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("only a list has a minimum");
    assertThatThrownBy(
            () ->
                Declaration.of(Place.class, "a place", Place::builder, Place.Builder::build)
                    .optional("venue", Place::venue, Place.Builder::venue, Holds.text())
                    .oneOf("country"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot be one of country");
    assertThatThrownBy(() -> Holds.text().part()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Declarations.PLACE.fields().get(0).mapSetter())
        .isInstanceOf(IllegalStateException.class);
  }
}
