package org.designcontest.contest.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/**
 * A kind of design work (logo, packaging, …) that contests are filed under and designers follow.
 */
@Entity
@Cacheable
@NamedQuery(name = Category.ALL, query = "select c from Category c order by c.name")
public class Category {

  public static final String ALL = "Category.all";

  @Id private String code;

  private String name;

  protected Category() {}

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }
}
