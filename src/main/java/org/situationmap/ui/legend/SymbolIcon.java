package org.situationmap.ui.legend;

import javafx.scene.canvas.Canvas;
import org.situationmap.domain.ControlStatus;
import org.situationmap.map.places.SymbolPaths;

/** A small canvas showing a status's map symbol, drawn by the map's own renderer. */
public final class SymbolIcon extends Canvas {
  /** Creates a symbol of the given size in pixels. */
  public SymbolIcon(ControlStatus status, double size) {
    super(size, size);
    SymbolPaths.drawSymbol(getGraphicsContext2D(), status, size / 2, size / 2, size * 0.36);
  }
}
