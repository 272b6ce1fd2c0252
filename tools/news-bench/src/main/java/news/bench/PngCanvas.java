package news.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.Chart;

/** One PNG holding several XChart charts side by side: the benchmarks' plots. */
final class PngCanvas {
    private final BufferedImage image;
    private final Graphics2D g;

    PngCanvas(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }

    PngCanvas place(Chart<?, ?> chart, int x, int y, int w, int h) {
        Graphics2D part = (Graphics2D) g.create(x, y, w, h);
        chart.paint(part, w, h);
        part.dispose();
        return this;
    }

    void save(Path png) throws IOException {
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }
}
