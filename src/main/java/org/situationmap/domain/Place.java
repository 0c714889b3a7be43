package org.situationmap.domain;

import java.util.List;
import java.util.Objects;

/**
 * A place on the map with its history of control and its notes. Immutable and thread-safe.
 *
 * @param id unique, stable identifier, e.g. {@code "sievierodonetsk"}; not blank
 * @param name English name; not blank
 * @param names other names ({@link PlaceNames#EMPTY} when none)
 * @param kind what the place is
 * @param admin1 the oblast; {@code null} when not given
 * @param population pre-war population, at least 0; {@code null} when not given
 * @param location where it is
 * @param control control changes, strictly increasing by {@code from} (one status per day); empty
 *     means the status is always unknown
 * @param notes notes in file order
 * @param extras unknown members of the feature's {@code properties}
 * @param featureExtras unknown members of the feature object itself (e.g. {@code bbox})
 */
public record Place(
    String id,
    String name,
    PlaceNames names,
    PlaceKind kind,
    String admin1,
    Integer population,
    GeoPoint location,
    List<ControlChange> control,
    List<Note> notes,
    Extras extras,
    Extras featureExtras) {

  /** Validates the arguments and copies the lists. */
  public Place {
    Validation.requireText(id, "id");
    Validation.requireText(name, "name");
    names = names == null ? PlaceNames.EMPTY : names;
    Objects.requireNonNull(kind, "kind");
    admin1 = Validation.blankToNull(admin1);
    if (population != null && population < 0) {
      throw new IllegalArgumentException("population must be at least 0, got " + population);
    }
    Objects.requireNonNull(location, "location");
    control = Validation.copy(control, "control");
    for (int i = 1; i < control.size(); i++) {
      if (!control.get(i).from().isAfter(control.get(i - 1).from())) {
        throw new IllegalArgumentException(
            "control entries of " + id + " must be in strictly increasing date order");
      }
    }
    notes = Validation.copy(notes, "notes");
    extras = Validation.extras(extras);
    featureExtras = Validation.extras(featureExtras);
  }

  /** A place whose feature object has no unknown members. */
  public Place(
      String id,
      String name,
      PlaceNames names,
      PlaceKind kind,
      String admin1,
      Integer population,
      GeoPoint location,
      List<ControlChange> control,
      List<Note> notes,
      Extras extras) {
    this(id, name, names, kind, admin1, population, location, control, notes, extras, Extras.EMPTY);
  }

  /** A place without other names, admin1, population and unknown members. */
  public Place(
      String id,
      String name,
      PlaceKind kind,
      GeoPoint location,
      List<ControlChange> control,
      List<Note> notes) {
    this(id, name, PlaceNames.EMPTY, kind, null, null, location, control, notes, Extras.EMPTY);
  }

  /** This place with another English name. */
  public Place withName(String newName) {
    return new Place(
        id,
        newName,
        names,
        kind,
        admin1,
        population,
        location,
        control,
        notes,
        extras,
        featureExtras);
  }

  /** This place with other names. */
  public Place withNames(PlaceNames newNames) {
    return new Place(
        id,
        name,
        newNames,
        kind,
        admin1,
        population,
        location,
        control,
        notes,
        extras,
        featureExtras);
  }

  /** This place with another kind. */
  public Place withKind(PlaceKind newKind) {
    return new Place(
        id,
        name,
        names,
        newKind,
        admin1,
        population,
        location,
        control,
        notes,
        extras,
        featureExtras);
  }

  /** This place in another oblast ({@code null}: not given). */
  public Place withAdmin1(String newAdmin1) {
    return new Place(
        id,
        name,
        names,
        kind,
        newAdmin1,
        population,
        location,
        control,
        notes,
        extras,
        featureExtras);
  }

  /** This place with another population ({@code null}: not given). */
  public Place withPopulation(Integer newPopulation) {
    return new Place(
        id,
        name,
        names,
        kind,
        admin1,
        newPopulation,
        location,
        control,
        notes,
        extras,
        featureExtras);
  }

  /** This place at another location. */
  public Place withLocation(GeoPoint newLocation) {
    return new Place(
        id,
        name,
        names,
        kind,
        admin1,
        population,
        newLocation,
        control,
        notes,
        extras,
        featureExtras);
  }

  /** This place with another control history (strictly increasing by date). */
  public Place withControl(List<ControlChange> newControl) {
    return new Place(
        id,
        name,
        names,
        kind,
        admin1,
        population,
        location,
        newControl,
        notes,
        extras,
        featureExtras);
  }

  /** This place with other notes. */
  public Place withNotes(List<Note> newNotes) {
    return new Place(
        id,
        name,
        names,
        kind,
        admin1,
        population,
        location,
        control,
        newNotes,
        extras,
        featureExtras);
  }
}
