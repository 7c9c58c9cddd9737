package org.designcontest.platform.boundary;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, with the total count.
 *
 * @param page the page's number, from 0
 * @param size how many items a page holds
 */
public record Page<T>(List<T> items, long total, int page, int size) {

  /** Pages hold 1 to this many items. */
  public static final int MAX_SIZE = 100;

  /** The page number and size, checked: a 400 naming the parameter otherwise. */
  public record Request(int page, int size) {

    public Request {
      if (page < 0) {
        throw new InvalidFieldException("page", "Pages are numbered from 0.");
      }
      if (size < 1 || size > MAX_SIZE) {
        throw new InvalidFieldException("size", "A page holds 1 to " + MAX_SIZE + " items.");
      }
    }

    public int first() {
      return page * size;
    }
  }

  public static <T> Page<T> of(List<T> items, long total, Request request) {
    return new Page<>(items, total, request.page(), request.size());
  }

  /** The same page with each item turned into another (a view of it). */
  public <R> Page<R> map(Function<T, R> view) {
    return new Page<>(items.stream().map(view).toList(), total, page, size);
  }

  /** The number of pages (at least 1, so that an empty list still has a first page). */
  public long pageCount() {
    return Math.max(1, (total + size - 1) / size);
  }
}
