package org.situationmap.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Looks nodes up in one window — the one under test — on the FX thread. Unlike TestFX's {@code
 * lookup}, which searches every window the JVM has, it never finds a node of another test's window
 * or of a stale dialog, and it never walks a scene while the FX thread changes it. Dialogs and
 * pop-ups (menus, drop-down lists) are their own windows, found through the window that owns them.
 */
public final class InWindow {
  private final Window window;

  private InWindow(Window window) {
    this.window = window;
  }

  /** Queries in {@code window}. */
  public static InWindow of(Window window) {
    return new InWindow(window);
  }

  /** Queries in the window that shows {@code node}. */
  public static InWindow of(Node node) {
    return new InWindow(Fx.call(() -> node.getScene().getWindow()));
  }

  /** The window. */
  public Window window() {
    return window;
  }

  /**
   * The first node matching a CSS selector, as {@code type}; waits for it to show (cells and pop-up
   * contents appear at the next layout), and fails when it does not.
   */
  public <T extends Node> T node(String selector, Class<T> type) {
    Fx.waitUntil(
        selector + " shows in the window under test", () -> root().lookup(selector) != null);
    return type.cast(find(selector).orElseThrow(() -> missing(selector)));
  }

  /** The first node matching a CSS selector, if any. */
  public Optional<Node> find(String selector) {
    return Fx.call(() -> Optional.ofNullable(root().lookup(selector)));
  }

  /** True when a node matches the selector. */
  public boolean has(String selector) {
    return find(selector).isPresent();
  }

  /** Every node matching a CSS selector that is a {@code type}, in scene order. */
  public <T extends Node> List<T> all(String selector, Class<T> type) {
    return Fx.call(
        () ->
            root().lookupAll(selector).stream().filter(type::isInstance).map(type::cast).toList());
  }

  /** The text of the labelled control or text field matching the selector. */
  public String text(String selector) {
    return Fx.call(
        () -> {
          Node n = root().lookup(selector);
          if (n instanceof Labeled l) {
            return l.getText();
          }
          if (n instanceof TextInputControl t) {
            return t.getText();
          }
          throw missing(selector);
        });
  }

  /**
   * The shown labelled node (a label, a list cell, a button) with exactly {@code text}; waits for
   * it to show.
   */
  public Node labelled(String text) {
    Fx.waitUntil("'" + text + "' shows", () -> labelledIn(root(), text).isPresent());
    return Fx.call(() -> labelledIn(root(), text)).orElseThrow(() -> missing("text " + text));
  }

  /**
   * Like {@link #labelled} but in the pop-ups (menus, drop-down lists) this window shows; waits for
   * it to show.
   */
  public Node labelledInPopup(String text) {
    return inPopups("pop-up text '" + text + "'", root -> labelledIn(root, text));
  }

  /** The first node matching the selector in the pop-ups this window shows; waits for it. */
  public Node nodeInPopup(String selector) {
    return inPopups("pop-up " + selector, root -> Optional.ofNullable(root.lookup(selector)));
  }

  private Node inPopups(String what, Function<Parent, Optional<Node>> search) {
    Callable<Optional<Node>> find =
        () -> {
          for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof PopupWindow p && w.isShowing() && ownedByUs(p)) {
              Optional<Node> found = search.apply(p.getScene().getRoot());
              if (found.isPresent()) {
                return found;
              }
            }
          }
          return Optional.empty();
        };
    Fx.waitUntil(what + " shows", () -> Fx.call(find).isPresent());
    return Fx.call(find).orElseThrow(() -> missing(what));
  }

  /** The dialog this window owns whose pane has the given id, if one shows. */
  public Optional<InWindow> dialog(String paneId) {
    return Fx.call(
        () -> {
          for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof Stage s
                && s.isShowing()
                && s.getOwner() == window
                && s.getScene() != null
                && s.getScene().getRoot() instanceof DialogPane pane
                && paneId.equals(pane.getId())) {
              return Optional.of(new InWindow(w));
            }
          }
          return Optional.<InWindow>empty();
        });
  }

  /** Waits until this window shows the dialog whose pane has the given id, and returns it. */
  public InWindow awaitDialog(String paneId) {
    Fx.waitUntil("dialog " + paneId + " shows", () -> dialog(paneId).isPresent());
    return dialog(paneId).orElseThrow();
  }

  /** The dialog's pane, when this window is a dialog. */
  public DialogPane dialogPane() {
    return Fx.call(() -> (DialogPane) root());
  }

  /** Closes this window (a dialog) and waits until it is gone. */
  public void close() {
    Fx.run(() -> ((Stage) window).close());
    Fx.waitUntil("the window closes", () -> !window.isShowing());
  }

  /** The centre of a node on the screen, measured on the FX thread: where a click lands. */
  public static Point2D centreOf(Node node) {
    return Fx.call(
        () -> {
          Bounds b = node.localToScreen(node.getBoundsInLocal());
          return new Point2D(b.getCenterX(), b.getCenterY());
        });
  }

  private Parent root() {
    if (window.getScene() == null) {
      throw new AssertionError("the window under test shows no scene");
    }
    return window.getScene().getRoot();
  }

  private boolean ownedByUs(PopupWindow popup) {
    Window w = popup.getOwnerWindow();
    while (w != null) {
      if (w == window) {
        return true;
      }
      w = w instanceof PopupWindow p ? p.getOwnerWindow() : null;
    }
    return false;
  }

  private static Optional<Node> labelledIn(Parent root, String text) {
    Predicate<Node> match = n -> n instanceof Labeled l && text.equals(l.getText()) && shown(n);
    return nodes(root).stream().filter(match).findFirst();
  }

  /** {@code root} and every node below it, in scene order. */
  private static List<Node> nodes(Parent root) {
    List<Node> all = new ArrayList<>();
    List<Node> stack = new ArrayList<>(List.of(root));
    while (!stack.isEmpty()) {
      Node n = stack.remove(stack.size() - 1);
      all.add(n);
      if (n instanceof Parent p) {
        List<Node> children = p.getChildrenUnmodifiable();
        for (int i = children.size() - 1; i >= 0; i--) {
          stack.add(children.get(i));
        }
      }
    }
    return all;
  }

  /** True when the node and all its parents are visible. */
  private static boolean shown(Node n) {
    for (Node p = n; p != null; p = p.getParent()) {
      if (!p.isVisible()) {
        return false;
      }
    }
    return true;
  }

  private AssertionError missing(String what) {
    return new AssertionError("no " + what + " in the window under test");
  }
}
