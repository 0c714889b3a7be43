package org.situationmap.ui.export;

/**
 * The sizes the snapshot dialog offers: the map's current view, two common screen sizes, or a size
 * typed in. The words shown for them are the dialog's business.
 */
enum ImageSize {
  CURRENT_VIEW(0, 0),
  WIDE_1600(1600, 1000),
  FULL_HD(1920, 1080),
  CUSTOM(0, 0);

  private final int width;
  private final int height;

  ImageSize(int width, int height) {
    this.width = width;
    this.height = height;
  }

  /** Whether the choice is a fixed width × height (not the current view or a typed size). */
  boolean isPreset() {
    return width > 0;
  }

  /** Width in logical pixels of a preset. */
  int width() {
    return width;
  }

  /** Height in logical pixels of a preset. */
  int height() {
    return height;
  }
}
