package org.designcontest.web.faces.handover;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.designcontest.handover.boundary.Earnings;
import org.designcontest.platform.boundary.NotPermittedException;
import org.designcontest.web.faces.SignInFirst;
import org.designcontest.web.faces.Words;

/** A designer's earnings page ({@code earnings.xhtml}); 403 for anyone who is not a designer. */
@Named
@RequestScoped
public class EarningsBacking {

  @Inject Earnings earnings;

  @Inject Words words;

  @Inject FacesContext faces;

  private Earnings.Summary summary;

  public void load() throws IOException {
    if (SignInFirst.redirected(faces)) {
      return;
    }
    try {
      summary = earnings.mine();
    } catch (NotPermittedException e) {
      faces.getExternalContext().responseSendError(403, e.getMessage());
      faces.responseComplete();
    }
  }

  public Earnings.Summary getSummary() {
    return summary;
  }

  /** Where the handover stands, in a few words. */
  public String state(Earnings.Won won) {
    return switch (won.handover()) {
      case DELIVERY_DUE -> "Your turn: upload the final files and accept the transfer";
      case APPROVAL_DUE -> "Waiting for approval, due " + words.when(won.approvalDueAt());
      case APPROVED ->
          "Approved by " + words.chooser(won.approvedBy()) + " on " + words.when(won.completedAt());
    };
  }
}
