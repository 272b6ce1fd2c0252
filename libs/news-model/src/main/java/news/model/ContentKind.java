package news.model;

/** What the newsroom sent: one article, or a whole page of extracted print text (several articles in one). */
public enum ContentKind { ARTICLE, PAGE }
