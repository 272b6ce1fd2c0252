package news.client;

/**
 * What became of an article ({@code GET /api/v1/articles/{id}/status}).
 *
 * @param id      the article id
 * @param state   accepted, normalized, classified, indexed, stale, withheld, canceled or dead-lettered
 * @param message what the state means, in words (for dead-lettered: which stage refused it and why)
 * @param json    the whole answer (every step with its time; a page's articles)
 */
public record ArticleStatusResult(String id, String state, String message, String json) {}
