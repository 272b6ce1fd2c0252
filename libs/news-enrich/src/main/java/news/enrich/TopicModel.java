package news.enrich;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trained topic model: posterior probabilities over IPTC codes for a text. Implementations are read-only after
 * training, hence thread-safe. {@link #load} reads any model file written by {@link #save}.
 */
public interface TopicModel {

    /** Posterior per code for a raw text (segmented like the training data); empty when no feature is known. */
    Map<String, Double> predict(String text);

    /** Posterior for already segmented tokens (stop words removed); empty when no token is known. */
    Map<String, Double> predictTokens(List<String> tokens);

    /** How many of these tokens the model knows as features. */
    int knownTokens(List<String> tokens);

    Set<String> codes();

    Duration trainingTime();

    int trainingSize();

    /** Writes the model; the same examples in the same order give the same bytes. */
    void save(Path file) throws IOException;

    /**
     * Reads a model file of either kind.
     *
     * @throws IOException when the file cannot be read or is not a model file
     */
    static TopicModel load(Path file) throws IOException {
        return LinearTopicModel.isModelFile(file) ? LinearTopicModel.load(file) : NaiveBayesTopicModel.load(file);
    }
}
