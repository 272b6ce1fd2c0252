package news.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * Collects a page's drawn rules and box frames from its path operators (PDFBox's {@link PDFGraphicsStreamEngine}):
 * stroked horizontal and vertical segments (moveTo/lineTo, rectangle edges) up to {@link #MAX_RULE_WIDTH} thick,
 * stroked rectangles as frames, and thin filled bars (many layout programs draw a rule as a filled rectangle a point
 * high). Not kept: curves and slanted lines, wide fills (photo placeholders, tinted bands, backgrounds), rectangles
 * the size of the page (a page border or background), strokes in white, and anything inside Type 3 glyphs (text is
 * skipped altogether). Coordinates are turned to the page as displayed (its crop box, rotation applied), top-left
 * origin, like the glyphs': in the frame of the page's text direction (PDFBox gives each glyph's position turned to its
 * reading direction in the unrotated page; /Rotate does not enter).
 */
final class RuleCollector extends PDFGraphicsStreamEngine {
    /** A thicker stroke is a decoration band, not a rule. */
    static final float MAX_RULE_WIDTH = 4f;
    /** Shorter lines are ornaments, bullets, underlines of a word. */
    static final float MIN_RULE_LENGTH = 24f;
    /** A filled rectangle this thin (or thinner) is a rule. */
    static final float MAX_BAR = 3f;

    private final PDRectangle crop;
    /** the text's direction in the unrotated page: 0, 90, 180 or 270 */
    private final int direction;
    private final List<Rule> rules = new ArrayList<>();
    private final List<Frame> frames = new ArrayList<>();
    /** The current path: each subpath as its points (device space); rectangles flagged. */
    private final List<List<Point2D.Float>> subpaths = new ArrayList<>();
    private final List<Boolean> rectangles = new ArrayList<>();
    private Point2D.Float current;

    RuleCollector(PDPage page, int direction) {
        super(page);
        this.crop = page.getCropBox();
        this.direction = Math.floorMod(direction, 360);
    }

    /** The separators of the page (runs the page's content stream once, text skipped), in the text's frame. */
    static Separators collect(PDPage page, int direction) throws IOException {
        RuleCollector c = new RuleCollector(page, direction);
        c.processPage(page);
        return new Separators(c.rules, c.frames);
    }

    // text is not drawn here: glyphs are the text stripper's, and Type 3 glyph procedures hold paths that are no rules
    @Override
    public void showTextString(byte[] string) {
    }

    @Override
    public void showTextStrings(COSArray array) {
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<Point2D.Float> pts = new ArrayList<>(4);
        for (Point2D p : new Point2D[] {p0, p1, p2, p3}) {
            pts.add(new Point2D.Float((float) p.getX(), (float) p.getY()));
        }
        subpaths.add(pts);
        rectangles.add(true);
        current = pts.getFirst();
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        List<Point2D.Float> pts = new ArrayList<>();
        pts.add(current);
        subpaths.add(pts);
        rectangles.add(false);
    }

    @Override
    public void lineTo(float x, float y) {
        if (subpaths.isEmpty() || rectangles.getLast()) {
            moveTo(current == null ? x : current.x, current == null ? y : current.y);
        }
        current = new Point2D.Float(x, y);
        subpaths.getLast().add(current);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // a curve breaks the straight run: what follows starts a new subpath
        moveTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current == null ? new Point2D.Float() : current;
    }

    @Override
    public void closePath() {
        if (!subpaths.isEmpty() && !rectangles.getLast() && subpaths.getLast().size() > 1) {
            subpaths.getLast().add(subpaths.getLast().getFirst());
        }
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        stroke();
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        fill();
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        stroke();
        clear();
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    private void clear() {
        subpaths.clear();
        rectangles.clear();
    }

    private void stroke() {
        float width = strokeWidth();
        if (width > MAX_RULE_WIDTH || white(getGraphicsState().getStrokingColor())) {
            return;
        }
        for (int i = 0; i < subpaths.size(); i++) {
            List<Point2D.Float> pts = subpaths.get(i);
            float[] box = boxOf(pts);
            boolean rect = rectangles.get(i) || closedRectangle(pts);
            if (rect) {
                if (pageSized(box)) {
                    continue;
                }
                Frame f = toFrame(box);
                if (f.right() - f.x() >= MIN_RULE_LENGTH && f.bottom() - f.top() >= MIN_RULE_LENGTH) {
                    frames.add(f);
                }
                addSegments(rectangleCorners(box));
            } else {
                addSegments(pts);
            }
        }
    }

    private void fill() {
        if (white(getGraphicsState().getNonStrokingColor())) {
            return;
        }
        for (int i = 0; i < subpaths.size(); i++) {
            List<Point2D.Float> pts = subpaths.get(i);
            if (!rectangles.get(i) && !closedRectangle(pts) && !(pts.size() == 4 && axisAligned(pts))) {
                continue;
            }
            float[] box = boxOf(pts);
            float w = box[2] - box[0];
            float h = box[3] - box[1];
            if (Math.min(w, h) <= MAX_BAR && Math.max(w, h) >= MIN_RULE_LENGTH) {
                // a bar drawn as a filled rectangle: the rule along its middle
                addRule(w >= h ? new Point2D.Float(box[0], (box[1] + box[3]) / 2) : new Point2D.Float((box[0] + box[2]) / 2, box[1]),
                        w >= h ? new Point2D.Float(box[2], (box[1] + box[3]) / 2) : new Point2D.Float((box[0] + box[2]) / 2, box[3]));
            }
        }
    }

    private float strokeWidth() {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        float scale = (float) Math.sqrt(Math.abs(ctm.getScaleX() * ctm.getScaleY() - ctm.getShearX() * ctm.getShearY()));
        return getGraphicsState().getLineWidth() * (scale == 0 ? 1 : scale);
    }

    private static boolean white(PDColor color) {
        try {
            return color != null && (color.toRGB() & 0xFFFFFF) == 0xFFFFFF;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void addSegments(List<Point2D.Float> pts) {
        for (int k = 1; k < pts.size(); k++) {
            addRule(pts.get(k - 1), pts.get(k));
        }
    }

    /** A segment that is horizontal or vertical (within half a point) and long enough, in display coordinates. */
    private void addRule(Point2D.Float a, Point2D.Float b) {
        float[] p = display(a.x, a.y);
        float[] q = display(b.x, b.y);
        float dx = Math.abs(p[0] - q[0]);
        float dy = Math.abs(p[1] - q[1]);
        if (Math.max(dx, dy) < MIN_RULE_LENGTH || Math.min(dx, dy) > 0.5f) {
            return;
        }
        if (dx >= dy) {
            float y = (p[1] + q[1]) / 2;
            rules.add(new Rule(Math.min(p[0], q[0]), y, Math.max(p[0], q[0]), y));
        } else {
            float x = (p[0] + q[0]) / 2;
            rules.add(new Rule(x, Math.min(p[1], q[1]), x, Math.max(p[1], q[1])));
        }
    }

    /**
     * Device space (PDF user space, origin bottom-left) → the frame of the page's text, origin top-left: the unrotated
     * page (u, v from its top-left corner) turned like PDFBox turns glyph positions of that direction.
     */
    float[] display(float x, float y) {
        float u = x - crop.getLowerLeftX();
        float v = crop.getUpperRightY() - y;
        float w = crop.getWidth();
        float h = crop.getHeight();
        return switch (direction) {
            case 90 -> new float[] {h - v, u};
            case 180 -> new float[] {w - u, h - v};
            case 270 -> new float[] {v, w - u};
            default -> new float[] {u, v};
        };
    }

    private Frame toFrame(float[] box) {
        float[] p = display(box[0], box[1]);
        float[] q = display(box[2], box[3]);
        return new Frame(Math.min(p[0], q[0]), Math.min(p[1], q[1]), Math.max(p[0], q[0]), Math.max(p[1], q[1]));
    }

    private boolean pageSized(float[] box) {
        return box[2] - box[0] >= 0.9f * crop.getWidth() && box[3] - box[1] >= 0.9f * crop.getHeight();
    }

    /** min x, min y, max x, max y */
    private static float[] boxOf(List<Point2D.Float> pts) {
        float[] b = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (Point2D.Float p : pts) {
            b[0] = Math.min(b[0], p.x);
            b[1] = Math.min(b[1], p.y);
            b[2] = Math.max(b[2], p.x);
            b[3] = Math.max(b[3], p.y);
        }
        return b;
    }

    private static List<Point2D.Float> rectangleCorners(float[] b) {
        return List.of(new Point2D.Float(b[0], b[1]), new Point2D.Float(b[2], b[1]), new Point2D.Float(b[2], b[3]),
                new Point2D.Float(b[0], b[3]), new Point2D.Float(b[0], b[1]));
    }

    private static boolean axisAligned(List<Point2D.Float> pts) {
        for (int k = 1; k < pts.size(); k++) {
            if (Math.abs(pts.get(k).x - pts.get(k - 1).x) > 0.5f && Math.abs(pts.get(k).y - pts.get(k - 1).y) > 0.5f) {
                return false;
            }
        }
        return true;
    }

    /** A closed subpath of four axis-aligned sides (a rectangle drawn with lineTo). */
    private static boolean closedRectangle(List<Point2D.Float> pts) {
        if (pts.size() != 5 || !axisAligned(pts)) {
            return false;
        }
        Point2D.Float a = pts.getFirst();
        Point2D.Float z = pts.getLast();
        return Math.abs(a.x - z.x) <= 0.5f && Math.abs(a.y - z.y) <= 0.5f;
    }
}
