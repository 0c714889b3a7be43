import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/** Fails unless a screenshot shows a drawn map: many distinct colours, land and water present. */
public class PngCheck {
  public static void main(String[] args) throws Exception {
    BufferedImage img = ImageIO.read(new File(args[0]));
    Set<Integer> colours = new HashSet<>();
    int land = 0, water = 0;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int rgb = img.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (rgb == 0xF2EFE9 || rgb == 0xFAF7F0) land++;
        if (rgb == 0xAAD3DF) water++;
      }
    }
    System.out.printf("smoke: %dx%d, %d colours, %d land and %d water samples%n",
        img.getWidth(), img.getHeight(), colours.size(), land, water);
    if (colours.size() < 50 || land < 1000 || water < 100) {
      System.out.println("smoke: the window does not show the offline map");
      System.exit(1);
    }
  }
}
