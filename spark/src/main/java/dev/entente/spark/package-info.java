/**
 * Entente's records and rules on Apache Spark: {@link dev.entente.spark.EntenteSpark} reads and
 * writes JSON Lines, {@link dev.entente.spark.RecordEncoders} makes typed, queryable data sets,
 * {@link dev.entente.spark.RulesOnSpark} checks the rules across records with joins, and {@link
 * dev.entente.spark.EngagementQueries} answers questions about engagements.
 */
@NullMarked
package dev.entente.spark;

import org.jspecify.annotations.NullMarked;
