/**
 * Pictures of a dossier as SVG, made with the JDK alone: a timeline ({@link
 * dev.entente.formats.svg.SvgTimeline}) and a graph of who met whom ({@link
 * dev.entente.formats.svg.SvgMeetingGraph}).
 */
@NullMarked
package dev.entente.formats.svg;

import org.jspecify.annotations.NullMarked;
