package org.designcontest.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.designcontest.contest.entity.Category;
import org.designcontest.platform.boundary.InvalidFieldException;

/** Turns the category codes a designer chose into categories, refusing unknown ones. */
@ApplicationScoped
public class FollowedCategories {

  @PersistenceContext EntityManager em;

  public Set<Category> resolve(List<String> codes) {
    Set<Category> found = new HashSet<>();
    for (String code : codes) {
      Category category = code == null ? null : em.find(Category.class, code);
      if (category == null) {
        throw new InvalidFieldException("categories", "There is no category '" + code + "'.");
      }
      found.add(category);
    }
    return found;
  }
}
