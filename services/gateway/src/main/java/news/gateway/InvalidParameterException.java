package news.gateway;

class InvalidParameterException extends RuntimeException {
    private final String parameter;

    InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
