package dev.entente;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model, applied to the whole package in {@code package-info}:
 *
 * <ul>
 *   <li>JDK collections only, which keep insertion order;
 *   <li>generated {@code Immutable*} classes and their builders package-private, behind each type's
 *       public {@code builder()} and nested {@code Builder}, whose {@code build()} returns the
 *       abstract type (so javadoc documents every builder method as the public builder's own);
 *   <li>no auto-discovered annotations, such as {@code @Generated}, in the generated code;
 *   <li>no {@code with*} copy methods, and no generated {@code from} methods: each public builder's
 *       own {@code from(value)} takes a value of its own type only (a generated one also took any
 *       record, and copied a leader's id into a party), and copies it by its declaration;
 *   <li>no missing-field check of its own: each type's {@code @Value.Check} reports a missing or
 *       {@code null} field itself, as an {@link InvalidRecordException} naming the record and the
 *       field;
 *   <li>singular names for adding one element: {@code addParticipant}, {@code addParty}.
 * </ul>
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
    from = "",
    depluralize = true,
    depluralizeDictionary = {"talks:talks", "agenda:agenda", "towards:towards"})
@interface EntenteStyle {}
