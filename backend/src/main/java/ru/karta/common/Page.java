package ru.karta.common;

/** A validated page request: 0-based page number and a size between 1 and {@link #MAX_SIZE}. */
public record Page(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    private static final int MAX_PAGE = 1_000_000;

    public static Page of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || p > MAX_PAGE) {
            throw ApiException.badRequest("page", "problem.param.page", MAX_PAGE);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ApiException.badRequest("size", "problem.param.size", MAX_SIZE);
        }
        return new Page(p, s);
    }

    public int offset() {
        return page * size;
    }
}
