package dev.entente;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model: JDK collections only (insertion-ordered), generated
 * {@code Immutable*} classes package-private behind the public {@code builder()} of each type, no
 * auto-discovered annotations (such as {@code @Generated}) in the generated code, and required
 * fields checked by each type's own invariants so that errors name the record and the field.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    validationMethod = Value.Style.ValidationMethod.NONE,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false),
    depluralize = true,
    depluralizeDictionary = {"talks:talks", "agenda:agenda", "towards:towards", "news:news"})
@interface EntenteStyle {}
