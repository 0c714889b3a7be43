/**
 * The raster drawing of places: halos, symbols, the selection ring and labels stamped into one
 * premultiplied ARGB image per view, pixel for pixel what the path drawing gives (within the
 * golden-image tolerance where symbols pile up), repainting only the tiles a new date changes.
 *
 * <p>{@link org.situationmap.map.places.raster.SymbolRaster} is the one entry point, called by the
 * places' renderer only; {@link org.situationmap.map.places.raster.SymbolCache} (the symbol images
 * views share) and {@link org.situationmap.map.places.raster.RasterLimits} are handed to it. The
 * rest is internal, top to bottom: a frame's painter and the stamps it lists ({@code FramePainter},
 * {@code FrameStamps}, {@code PlacePixels}, {@code DirtyTiles}); the stamp queue and what it paints
 * with ({@code StampQueue}, {@code CoveragePlanes}, {@code ArgbRaster}); the images of one layer's
 * symbols and labels ({@code SymbolSprites}, {@code LabelSprites}); single images ({@code Sprite},
 * {@code CoverageMask}, {@code PaintedShape}, {@code SubPixels}). Rule: reads the places' model and
 * style ({@code PlaceSet}, {@code PlaceFrame}, {@code SymbolStyle}, {@code LabelStyle}) and calls
 * nothing above it; no static state.
 */
package org.situationmap.map.places.raster;
