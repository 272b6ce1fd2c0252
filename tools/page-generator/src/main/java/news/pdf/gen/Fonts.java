package news.pdf.gen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts the generator typesets with, from Debian's packages: body text in AR PL UMing (a Ming/Song face,
 * {@code fonts-arphic-uming}), headlines, bylines and captions in WenQuanYi Zen Hei ({@code fonts-wqy-zenhei}), Latin
 * letters and digits on some pages in DejaVu Serif ({@code fonts-dejavu-core}). The collections are parsed once per
 * process; each document embeds a subset. {@code NEWS_FONT_DIR} points at another font root (default
 * {@code /usr/share/fonts/truetype}).
 */
public final class Fonts implements AutoCloseable {
    public static final String PACKAGES = "fonts-arphic-uming fonts-wqy-zenhei fonts-dejavu-core";

    public enum Face { SONG, HEI, LATIN }

    private final TrueTypeCollection uming;
    private final TrueTypeCollection zenhei;
    private final TrueTypeFont song;
    private final TrueTypeFont hei;
    private final TrueTypeFont latin;
    private final CmapLookup songCmap;
    private final CmapLookup heiCmap;
    private final CmapLookup latinCmap;

    private Fonts(Path root) throws IOException {
        uming = new TrueTypeCollection(require(root.resolve("arphic/uming.ttc")).toFile());
        zenhei = new TrueTypeCollection(require(root.resolve("wqy/wqy-zenhei.ttc")).toFile());
        song = uming.getFontByName("UMingCN");
        hei = zenhei.getFontByName("WenQuanYiZenHei");
        latin = new org.apache.fontbox.ttf.TTFParser().parse(
                new org.apache.pdfbox.io.RandomAccessReadBufferedFile(require(root.resolve("dejavu/DejaVuSerif.ttf")).toFile()));
        if (song == null || hei == null) {
            throw new IOException("font collections without UMingCN / WenQuanYiZenHei under " + root);
        }
        songCmap = song.getUnicodeCmapLookup();
        heiCmap = hei.getUnicodeCmapLookup();
        latinCmap = latin.getUnicodeCmapLookup();
    }

    /** Loads the fonts; a clear error naming the Debian packages when they are missing. */
    public static Fonts load() throws IOException {
        return new Fonts(Path.of(root()));
    }

    /** The font root: {@code NEWS_FONT_DIR}, else Debian's {@code /usr/share/fonts/truetype}. */
    static String root() {
        String dir = System.getenv("NEWS_FONT_DIR");
        return (dir == null || dir.isBlank() ? "/usr/share/fonts/truetype" : dir) + "/";
    }

    private static Path require(Path p) throws IOException {
        if (!Files.isRegularFile(p)) {
            throw new IOException("font file " + p + " is missing: apt-get install " + PACKAGES
                    + " (./news test installs them), or set NEWS_FONT_DIR");
        }
        return p;
    }

    /** Whether both Chinese faces have a glyph for the code point (articles with other characters are not used). */
    public boolean covers(int codePoint) {
        return codePoint < 0x80 || songCmap.getGlyphId(codePoint) > 0 && heiCmap.getGlyphId(codePoint) > 0;
    }

    /**
     * The face's ascent and descent (both positive) in em, from its {@code hhea} table: what a browser's layout puts
     * above and below the baseline of a line box.
     */
    float[] verticalMetrics(Face face) throws IOException {
        TrueTypeFont f = switch (face) {
            case SONG -> song;
            case HEI -> hei;
            case LATIN -> latin;
        };
        float upem = f.getHeader().getUnitsPerEm();
        return new float[] {f.getHorizontalHeader().getAscender() / upem, -f.getHorizontalHeader().getDescender() / upem};
    }

    /**
     * The face cut down to the given code points, as a TrueType file (PDFBox's subsetter): what {@link ChromiumProducer}
     * gives Chromium as a web font. Chromium loads no font collection (.ttc) by URL and embeds a whole collection it
     * finds through fontconfig (21 MB for AR PL UMing) where it cannot subset it.
     */
    byte[] subset(Face face, java.util.Set<Integer> codePoints) throws IOException {
        TrueTypeFont f = switch (face) {
            case SONG -> song;
            case HEI -> hei;
            case LATIN -> latin;
        };
        // only the tables the subsetter rebuilds or that do not index glyphs: a copied GSUB, vmtx or bitmap table
        // (EBDT) would name glyphs the subset renumbered, and Chromium's font sanitizer refuses such a file
        org.apache.fontbox.ttf.TTFSubsetter subsetter = new org.apache.fontbox.ttf.TTFSubsetter(f, List.of("head",
                "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "cmap", "name", "OS/2", "post"));
        subsetter.addAll(codePoints);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
    }

    boolean latinCovers(int codePoint) {
        return latinCmap.getGlyphId(codePoint) > 0;
    }

    /** The fonts of one document (subset-embedded). */
    DocumentFonts forDocument(PDDocument doc) throws IOException {
        return new DocumentFonts(PDType0Font.load(doc, song, true), PDType0Font.load(doc, hei, true),
                PDType0Font.load(doc, latin, true));
    }

    /** The embedded fonts of one document, with a width cache per face. */
    static final class DocumentFonts {
        final PDType0Font song;
        final PDType0Font hei;
        final PDType0Font latin;
        private final Map<Long, Float> widths = new HashMap<>();

        DocumentFonts(PDType0Font song, PDType0Font hei, PDType0Font latin) {
            this.song = song;
            this.hei = hei;
            this.latin = latin;
        }

        PDType0Font font(Face face) {
            return switch (face) {
                case SONG -> song;
                case HEI -> hei;
                case LATIN -> latin;
            };
        }

        /** Advance of one code point in thousandths of the font size. */
        float advance(Face face, int cp) {
            long key = (long) face.ordinal() << 32 | cp;
            Float w = widths.get(key);
            if (w == null) {
                try {
                    w = font(face).getStringWidth(new String(Character.toChars(cp)));
                } catch (IOException | IllegalArgumentException e) {
                    throw new IllegalStateException("no glyph for U+" + Integer.toHexString(cp) + " in " + face, e);
                }
                widths.put(key, w);
            }
            return w;
        }
    }

    @Override
    public void close() throws IOException {
        uming.close();
        zenhei.close();
        latin.close();
    }
}
