package org.situationmap.map.places;

/**
 * Where a name goes around its marker, in the order tried: right, left, the four corners, above and
 * below. The name's near point — the middle of its side facing the marker, or its corner facing it
 * — lies at some distance from the marker's centre in the side's direction ({@code dx}, {@code dy},
 * a unit vector); {@code sy} says whether the name lies above (-1) that point, level with it (0) or
 * below it (1).
 */
enum LabelSide {
  RIGHT(1, 0, 0),
  LEFT(-1, 0, 0),
  ABOVE_RIGHT(LabelSide.DIAGONAL, -LabelSide.DIAGONAL, -1),
  BELOW_RIGHT(LabelSide.DIAGONAL, LabelSide.DIAGONAL, 1),
  ABOVE_LEFT(-LabelSide.DIAGONAL, -LabelSide.DIAGONAL, -1),
  BELOW_LEFT(-LabelSide.DIAGONAL, LabelSide.DIAGONAL, 1),
  ABOVE(0, -1, -1),
  BELOW(0, 1, 1);

  /** √½: a corner's offset from the centre on each axis, per unit of distance. */
  private static final double DIAGONAL = 0.7071067811865476;

  /** The direction from the marker's centre to the name's near point. */
  final double dx;

  final double dy;
  private final int sy;

  LabelSide(double dx, double dy, int sy) {
    this.dx = dx;
    this.dy = dy;
    this.sy = sy;
  }

  /** The left end of a name {@code tw} wide whose near point is {@code d} from x. */
  double left(double x, double d, double tw) {
    double near = x + dx * d;
    return dx > 0 ? near : dx < 0 ? near - tw : near - tw / 2;
  }

  /** The vertical centre of a name {@code th} high whose near point is {@code d} from y. */
  double middle(double y, double d, double th) {
    return y + dy * d + sy * th / 2;
  }

  /**
   * The sides of a name's box (left end lx, vertical centre ly, tw × th) that face the marker, as
   * segments {x0, y0, x1, y1}: one beside or above or below the marker, two at a corner.
   */
  double[][] nearEdges(double lx, double ly, double tw, double th) {
    double top = ly - th / 2;
    double bottom = ly + th / 2;
    double right = lx + tw;
    double[] vertical =
        dx > 0
            ? new double[] {lx, top, lx, bottom}
            : dx < 0 ? new double[] {right, top, right, bottom} : null;
    double[] horizontal =
        sy < 0
            ? new double[] {lx, bottom, right, bottom}
            : sy > 0 ? new double[] {lx, top, right, top} : null;
    if (vertical == null) {
      return new double[][] {horizontal};
    }
    return horizontal == null ? new double[][] {vertical} : new double[][] {vertical, horizontal};
  }
}
