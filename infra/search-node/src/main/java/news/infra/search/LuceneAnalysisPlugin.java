package news.infra.search;

import com.ibm.icu.text.FilteredNormalizer2;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.elasticsearch.lucene.analysis.miscellaneous.DisableGraphAttribute;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.NormalizingCharFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

import java.io.Reader;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Lucene's CJK, smartcn and ICU analysis under the names (and main options) used by the official
 * analysis-common, analysis-smartcn and analysis-icu plugins, none of which are on Maven Central.
 * One index template then works both here and on a real Elasticsearch with those plugins installed.
 */
public class LuceneAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers = new LinkedHashMap<>();
        analyzers.put("cjk", (index, env, name, settings) -> analyzer(name,
            new CJKAnalyzer(Analysis.parseStopWords(env, settings, CJKAnalyzer.getDefaultStopSet()))));
        analyzers.put("smartcn", (index, env, name, settings) -> analyzer(name,
            new SmartChineseAnalyzer(SmartChineseAnalyzer.getDefaultStopSet())));
        return analyzers;
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        Map<String, AnalysisProvider<TokenizerFactory>> tokenizers = new LinkedHashMap<>();
        tokenizers.put("smartcn_tokenizer", (index, env, name, settings) -> TokenizerFactory.newFactory(name, HMMChineseTokenizer::new));
        // same config as analysis-icu's default: Chinese/Japanese and Myanmar segmented into words
        tokenizers.put("icu_tokenizer", (index, env, name, settings) -> TokenizerFactory.newFactory(name,
            () -> new ICUTokenizer(new DefaultICUTokenizerConfig(true, true))));
        return tokenizers;
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        Map<String, AnalysisProvider<TokenFilterFactory>> filters = new LinkedHashMap<>();
        filters.put("lowercase", (index, env, name, settings) -> normalizing(name, lowercase(settings.get("language"))));
        filters.put("cjk_width", (index, env, name, settings) -> normalizing(name, CJKWidthFilter::new));
        filters.put("cjk_bigram", (index, env, name, settings) -> cjkBigram(name, settings));
        filters.put("smartcn_stop", (index, env, name, settings) -> {
            CharArraySet stopWords = Analysis.parseStopWords(env, settings, SmartChineseAnalyzer.getDefaultStopSet());
            return filter(name, in -> new StopFilter(in, stopWords));
        });
        filters.put("icu_normalizer", (index, env, name, settings) -> {
            Normalizer2 normalizer = icuNormalizer(settings, Normalizer2.Mode.COMPOSE);
            return normalizing(name, in -> new ICUNormalizer2Filter(in, normalizer));
        });
        filters.put("icu_folding", (index, env, name, settings) -> {
            Normalizer2 normalizer = withUnicodeSetFilter(ICUFoldingFilter.NORMALIZER, settings);
            return normalizing(name, in -> new ICUNormalizer2Filter(in, normalizer));
        });
        return filters;
    }

    @Override
    public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
        Map<String, AnalysisProvider<CharFilterFactory>> charFilters = new LinkedHashMap<>();
        charFilters.put("icu_normalizer", (index, env, name, settings) -> {
            Normalizer2.Mode mode = "decompose".equals(settings.get("mode")) ? Normalizer2.Mode.DECOMPOSE : Normalizer2.Mode.COMPOSE;
            Normalizer2 normalizer = icuNormalizer(settings, mode);
            return normalizingChar(name, in -> new ICUNormalizer2CharFilter(in, normalizer));
        });
        charFilters.put("html_strip", (index, env, name, settings) -> {
            List<String> escaped = settings.getAsList("escaped_tags");
            Set<String> escapedTags = escaped.isEmpty() ? null : new HashSet<>(escaped);
            return charFilter(name, in -> new HTMLStripCharFilter(in, escapedTags));
        });
        return charFilters;
    }

    private static TokenFilterFactory cjkBigram(String name, Settings settings) {
        Set<String> scripts = new HashSet<>(List.of("han", "hiragana", "katakana", "hangul"));
        scripts.removeAll(settings.getAsList("ignored_scripts"));
        int flags = 0;
        for (String script : scripts) {
            flags |= switch (script) {
                case "han" -> CJKBigramFilter.HAN;
                case "hiragana" -> CJKBigramFilter.HIRAGANA;
                case "katakana" -> CJKBigramFilter.KATAKANA;
                default -> CJKBigramFilter.HANGUL;
            };
        }
        int scriptFlags = flags;
        boolean outputUnigrams = settings.getAsBoolean("output_unigrams", false);
        return filter(name, in -> {
            CJKBigramFilter bigrams = new CJKBigramFilter(in, scriptFlags, outputUnigrams);
            if (outputUnigrams) {
                // as analysis-common does: unigrams + bigrams are not a usable token graph
                bigrams.addAttribute(DisableGraphAttribute.class);
            }
            return bigrams;
        });
    }

    private static Function<TokenStream, TokenStream> lowercase(String language) {
        if (language == null) {
            return LowerCaseFilter::new;
        }
        return switch (language.toLowerCase(java.util.Locale.ROOT)) {
            case "greek" -> GreekLowerCaseFilter::new;
            case "irish" -> IrishLowerCaseFilter::new;
            case "turkish" -> TurkishLowerCaseFilter::new;
            default -> throw new IllegalArgumentException("invalid language for lowercase token filter: " + language);
        };
    }

    private static Normalizer2 icuNormalizer(Settings settings, Normalizer2.Mode mode) {
        return withUnicodeSetFilter(Normalizer2.getInstance(null, settings.get("name", "nfkc_cf"), mode), settings);
    }

    private static Normalizer2 withUnicodeSetFilter(Normalizer2 normalizer, Settings settings) {
        String unicodeSetFilter = settings.get("unicode_set_filter");
        if (unicodeSetFilter == null) {
            return normalizer;
        }
        UnicodeSet unicodeSet = new UnicodeSet(unicodeSetFilter);
        unicodeSet.freeze();
        return new FilteredNormalizer2(normalizer, unicodeSet);
    }

    private static <A extends Analyzer> AnalyzerProvider<A> analyzer(String name, A analyzer) {
        return new AbstractIndexAnalyzerProvider<>(name) {
            @Override
            public A get() {
                return analyzer;
            }
        };
    }

    private static TokenFilterFactory filter(String name, Function<TokenStream, TokenStream> create) {
        return new TokenFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TokenStream create(TokenStream tokenStream) {
                return create.apply(tokenStream);
            }
        };
    }

    /** Filters that may also be used in keyword normalizers (as in the official plugins). */
    private static TokenFilterFactory normalizing(String name, Function<TokenStream, TokenStream> create) {
        return new NormalizingTokenFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TokenStream create(TokenStream tokenStream) {
                return create.apply(tokenStream);
            }
        };
    }

    private static CharFilterFactory charFilter(String name, Function<Reader, Reader> create) {
        return new CharFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Reader create(Reader reader) {
                return create.apply(reader);
            }
        };
    }

    private static CharFilterFactory normalizingChar(String name, Function<Reader, Reader> create) {
        return new NormalizingCharFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Reader create(Reader reader) {
                return create.apply(reader);
            }
        };
    }
}
