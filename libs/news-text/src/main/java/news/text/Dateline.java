package news.text;

/**
 * A recognised dateline: {@code 本报济宁12月3日讯} → place 济宁, date {@code 12-03}.
 *
 * @param text  the dateline as printed (spaces removed), e.g. {@code 本报济宁12月3日讯}
 * @param place place name, or null ({@code 本报讯})
 * @param date  month-day as {@code MM-dd}, or null when not printed
 */
public record Dateline(String text, String place, String date) {}
