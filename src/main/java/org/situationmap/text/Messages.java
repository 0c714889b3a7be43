package org.situationmap.text;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.situationmap.domain.Confidence;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Coverage;
import org.situationmap.domain.PlaceKind;

/**
 * The messages of one language, formatted with ICU {@link MessageFormat}: named arguments, plural
 * forms and dates. This is the one place where dates become text people read ({@link #date}, {@link
 * #shortDate}, both patterns in the bundle) and where typed dates are read back ({@link
 * #parseDate}). A {@link LocalDate} argument is a calendar date: formatted on the Gregorian
 * calendar, with no time zone shift. Immutable and thread-safe.
 */
public final class Messages {
  /** The base name of the bundles, as {@code ResourceBundle} spells it. */
  public static final String BUNDLE = "org.situationmap.text.messages";

  private static final String DATE_ARG = "date";
  private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private final Locale locale;
  private final ULocale formatLocale;
  private final ResourceBundle bundle;

  private Messages(Locale locale) {
    this.locale = locale;
    this.formatLocale = ULocale.forLocale(locale).setKeywordValue("calendar", "gregorian");
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The messages of the language of {@link Languages#ALL} that serves {@code wanted}. */
  public static Messages of(Locale wanted) {
    return new Messages(Languages.pick(wanted));
  }

  /** The messages of the base language, for text that is not shown in the app's language. */
  public static Messages base() {
    return of(Languages.BASE);
  }

  /** The language of these messages. */
  public Locale locale() {
    return locale;
  }

  /**
   * The message {@code key} with named arguments given as name, value, name, value…
   *
   * @throws java.util.MissingResourceException when no bundle has the key
   */
  public String format(String key, Object... namesAndValues) {
    return format(key, pairs(namesAndValues));
  }

  /** A message put into words; an argument that is a {@link Message} is put into words first. */
  public String format(Message message) {
    return format(message.key(), message.args());
  }

  /**
   * What went wrong, for a person: a {@link MessageException}'s message in this language, else the
   * exception's own message.
   */
  public String explain(Throwable problem) {
    return problem instanceof MessageException m
        ? format(m.message())
        : String.valueOf(problem.getMessage());
  }

  /** "25 June 2022" in English: the bundle's {@code date.long}. */
  public String date(LocalDate date) {
    return format("date.long", DATE_ARG, date);
  }

  /** "25 Jun 2022" in English: the bundle's {@code date.short}. */
  public String shortDate(LocalDate date) {
    return format("date.short", DATE_ARG, date);
  }

  /**
   * The date {@code text} names, written as ISO {@code 2022-06-25} or in either of this language's
   * date forms ({@link #date}, {@link #shortDate}); empty when it names no real date.
   */
  public Optional<LocalDate> parseDate(String text) {
    return readDate(text).asDate();
  }

  /**
   * Reads a typed date as {@link #parseDate} does, and says why it is none: empty, written as a
   * date but naming no real day ("31 June 2022", "2022-02-30"), or not a date at all.
   */
  public DateReading readDate(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return new DateReading(DateReading.Kind.EMPTY, null);
    }
    try {
      return new DateReading(DateReading.Kind.DATE, LocalDate.parse(t));
    } catch (DateTimeParseException e) {
      if (ISO_SHAPE.matcher(t).matches()) {
        return new DateReading(DateReading.Kind.NO_SUCH_DAY, null);
      }
    }
    boolean shaped = false;
    for (String key : new String[] {"date.long", "date.short"}) {
      Optional<LocalDate> strict = parseForm(key, t, false);
      if (strict.isPresent()) {
        return new DateReading(DateReading.Kind.DATE, strict.get());
      }
      // a calendar that rolls 31 June over to 1 July tells a day that does not exist
      shaped |= parseForm(key, t, true).isPresent();
    }
    return new DateReading(
        shaped ? DateReading.Kind.NO_SUCH_DAY : DateReading.Kind.UNREADABLE, null);
  }

  private Optional<LocalDate> parseForm(String key, String t, boolean rollingCalendar) {
    DateFormat form = (DateFormat) formatter(key).getFormatByArgumentName(DATE_ARG);
    form.setCalendar(utcCalendar());
    form.setLenient(false);
    form.setCalendarLenient(rollingCalendar);
    ParsePosition at = new ParsePosition(0);
    Date parsed = form.parse(t, at);
    return parsed != null && at.getIndex() == t.length()
        ? Optional.of(LocalDate.ofInstant(parsed.toInstant(), ZoneOffset.UTC))
        : Optional.empty();
  }

  /** A layer's title, or "Untitled layer" in English when it has none. */
  public String layerTitle(Optional<String> title) {
    return title.orElseGet(() -> format("layer.untitled"));
  }

  /**
   * That a map after an oblast's coverage may miss changes: "Luhansk Oblast checked to 31 May 2024;
   * later changes may be missing" in English.
   */
  public String coverageNotice(Coverage.Oblast oblast) {
    return format("coverage.notice", "oblast", oblast.admin1(), DATE_ARG, date(oblast.checkedTo()));
  }

  /** "Ukraine", "Russia", "Contested", "Unknown" in English. */
  public String status(ControlStatus status) {
    return format(
        switch (status) {
          case UKRAINE -> "status.ukraine";
          case RUSSIA -> "status.russia";
          case CONTESTED -> "status.contested";
          case UNKNOWN -> "status.unknown";
        });
  }

  /** "City", "Town", "Village", "Site" in English. */
  public String kind(PlaceKind kind) {
    return format(
        switch (kind) {
          case CITY -> "kind.city";
          case TOWN -> "kind.town";
          case VILLAGE -> "kind.village";
          case SITE -> "kind.site";
        });
  }

  /** "confirmed", "claimed", "assessed" in English. */
  public String confidence(Confidence confidence) {
    return format(
        switch (confidence) {
          case CONFIRMED -> "confidence.confirmed";
          case CLAIMED -> "confidence.claimed";
          case ASSESSED -> "confidence.assessed";
        });
  }

  /** A count as this language writes numbers ("12,345" in English). */
  public String count(long n) {
    return format("number.count", "n", n);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Messages m && m.locale.equals(locale);
  }

  @Override
  public int hashCode() {
    return locale.hashCode();
  }

  @Override
  public String toString() {
    return "Messages[" + locale.toLanguageTag() + "]";
  }

  private String format(String key, Map<String, Object> args) {
    Map<String, Object> values = new LinkedHashMap<>();
    args.forEach(
        (name, value) ->
            values.put(
                name,
                value instanceof LocalDate d
                    ? day(d)
                    : value instanceof Message m ? format(m) : value));
    return formatter(key).format(values);
  }

  private MessageFormat formatter(String key) {
    return new MessageFormat(bundle.getString(key), formatLocale);
  }

  private static Calendar day(LocalDate date) {
    Calendar c = utcCalendar();
    c.clear();
    c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
    return c;
  }

  private static Calendar utcCalendar() {
    return new GregorianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
  }

  /** Name, value, name, value… as a map in order. */
  static Map<String, Object> pairs(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("arguments must come in name, value pairs");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!(namesAndValues[i] instanceof String name)) {
        throw new IllegalArgumentException("argument " + i + " is not a name");
      }
      map.put(name, namesAndValues[i + 1]);
    }
    return map;
  }
}
