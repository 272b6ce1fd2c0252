package news.gateway;

class ArticleNotFoundException extends RuntimeException {
    ArticleNotFoundException(String id) {
        super("no article with id '" + id + "'");
    }
}
