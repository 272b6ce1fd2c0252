package news.lag;

/**
 * A partition's status over its window, with the reason in words (what an operator reads in the JSON and the page).
 *
 * @param status         OK, WARN, STOP, STALL or REWIND
 * @param windowComplete whether the window held the configured number of observations; until then only "caught up"
 *                       and "not judged yet" (OK) are possible, so a fresh monitor never cries wolf
 * @param reason         why, e.g. "committed offset 120 unchanged over 10 observations (45 s), lag 80, no live member"
 */
public record Evaluation(LagStatus status, boolean windowComplete, String reason) {}
