package org.designcontest.web.faces.newsletter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.designcontest.newsletter.boundary.Subscriptions;
import org.designcontest.newsletter.boundary.Subscriptions.CategoryChoice;
import org.designcontest.newsletter.boundary.Subscriptions.CategoryList;
import org.designcontest.platform.boundary.BusinessException;
import org.designcontest.web.faces.FieldMessages;
import org.omnifaces.util.Messages;

/**
 * The categories page ({@code categories.xhtml}): every category with its open contests, for
 * everyone; designers follow and unfollow them there (the categories of their weekly digest, the
 * same setting as the newsletter settings page's, changed by the same service).
 */
@Named
@RequestScoped
public class CategoriesBacking {

  @Inject Subscriptions subscriptions;

  @Inject FacesContext faces;

  private CategoryList list;

  public CategoryList getList() {
    if (list == null) {
      list = subscriptions.categories();
    }
    return list;
  }

  /** Follows the category, or stops following it if followed. */
  public String toggle(CategoryChoice category) {
    boolean follow = !category.followed();
    try {
      subscriptions.follow(category.code(), follow);
    } catch (BusinessException e) {
      Messages.addGlobalError(e.getMessage());
      return null;
    }
    FieldMessages.flash(
        faces,
        follow
            ? "You follow " + category.name() + ": your weekly digest includes its contests."
            : "You no longer follow " + category.name() + ".");
    return "/categories?faces-redirect=true";
  }
}
