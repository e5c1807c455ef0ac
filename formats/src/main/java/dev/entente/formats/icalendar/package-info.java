/**
 * iCalendar (RFC 5545): a dossier's talks, visits and conversations as calendar events ({@link
 * dev.entente.formats.icalendar.ICalendarExport}).
 */
@NullMarked
package dev.entente.formats.icalendar;

import org.jspecify.annotations.NullMarked;
