package org.designcontest.web.faces.contest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.designcontest.contest.boundary.ContestCatalogue;
import org.designcontest.contest.boundary.ContestFilter;
import org.designcontest.contest.boundary.ContestService;
import org.designcontest.contest.boundary.ContestSummary;
import org.designcontest.contest.entity.Category;
import org.designcontest.platform.boundary.InvalidFieldException;
import org.designcontest.platform.boundary.Page;
import org.omnifaces.util.Messages;

/**
 * The public contest list ({@code contests.xhtml}): its filters are the URL's query parameters
 * (category, minPrize, days, q, sort, page), so a list is bookmarkable and the filter form is a
 * plain GET form. The catalogue checks the filter; a refused value gets a message next to its field
 * and the list is shown without it (never a 500).
 */
@Named
@RequestScoped
public class ContestListBacking {

  static final int PAGE_SIZE = 12;

  @Inject ContestCatalogue catalogue;

  @Inject ContestService contests;

  @Inject FacesContext faces;

  private String category;
  private String minPrize;
  private String days;
  private String q;
  private String sort;
  private String page;

  private Page<ContestSummary> found;
  private List<Category> categories;

  /** Reads the list the URL asks for. */
  public void load() {
    BigDecimal prize = parsePrize();
    Integer within = parseDays();
    ContestFilter.Sort order = parseSort();
    int number = parsePage();
    String text = q;
    // the catalogue names the first value it refuses: drop it, say so next to it, try again
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        found =
            catalogue.list(
                new ContestFilter(
                    null,
                    category,
                    prize,
                    within,
                    text,
                    order,
                    new Page.Request(number, PAGE_SIZE)));
        return;
      } catch (InvalidFieldException e) {
        switch (e.field()) {
          case "minPrize" -> {
            refuse("minPrize", e.getMessage());
            prize = null;
          }
          case "endingWithinDays" -> {
            refuse("days", e.getMessage());
            within = null;
          }
          case "q" -> {
            refuse("q", e.getMessage());
            text = null;
          }
          default -> {
            number = 0;
            category = null;
          }
        }
      }
    }
  }

  private BigDecimal parsePrize() {
    if (blank(minPrize)) {
      return null;
    }
    try {
      return new BigDecimal(minPrize.strip());
    } catch (NumberFormatException e) {
      refuse("minPrize", "Say an amount, such as 500.");
      return null;
    }
  }

  private Integer parseDays() {
    if (blank(days)) {
      return null;
    }
    try {
      return Integer.valueOf(days.strip());
    } catch (NumberFormatException e) {
      refuse("days", "Say 0 to 60 days.");
      return null;
    }
  }

  private ContestFilter.Sort parseSort() {
    if (blank(sort)) {
      return ContestFilter.Sort.ENDING;
    }
    try {
      return ContestFilter.Sort.valueOf(sort.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      refuse("sort", "Sort by ending soon, newest or prize.");
      return ContestFilter.Sort.ENDING;
    }
  }

  private int parsePage() {
    try {
      return blank(page) ? 0 : Math.max(0, Integer.parseInt(page.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private void refuse(String field, String message) {
    Messages.addError(field, message);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  public Page<ContestSummary> getFound() {
    return found;
  }

  public List<Category> getCategories() {
    if (categories == null) {
      categories = contests.categories();
    }
    return categories;
  }

  public boolean isFirstPage() {
    return found == null || found.page() == 0;
  }

  public boolean isLastPage() {
    return found == null || found.page() + 1 >= found.pageCount();
  }

  /** This list's URL (its filters as they were given) on another page. */
  public String pageLink(int number) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("category", category);
    query.put("minPrize", minPrize);
    query.put("days", days);
    query.put("q", q);
    query.put("sort", sort);
    query.put("page", Integer.toString(number));
    StringJoiner joined = new StringJoiner("&", "contests.xhtml?", "");
    query.forEach(
        (name, value) -> {
          if (!blank(value)) {
            joined.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
          }
        });
    return joined.toString();
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getMinPrize() {
    return minPrize;
  }

  public void setMinPrize(String minPrize) {
    this.minPrize = minPrize;
  }

  public String getDays() {
    return days;
  }

  public void setDays(String days) {
    this.days = days;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
