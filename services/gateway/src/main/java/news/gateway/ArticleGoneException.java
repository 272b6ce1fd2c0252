package news.gateway;

/** The article was canceled (killed) by its newsroom: 410, so that caches and clients drop it for good. */
class ArticleGoneException extends RuntimeException {
    ArticleGoneException(String id) {
        super("the article '" + id + "' was withdrawn by its newsroom");
    }
}
