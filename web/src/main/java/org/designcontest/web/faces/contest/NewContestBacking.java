package org.designcontest.web.faces.contest;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.designcontest.contest.boundary.CompanyContests;
import org.designcontest.contest.boundary.ContestBrief;
import org.designcontest.contest.boundary.ContestReferences;
import org.designcontest.contest.boundary.ContestService;
import org.designcontest.contest.entity.Category;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.ContestReference;
import org.designcontest.contest.entity.Stage;
import org.designcontest.media.control.FileCheck;
import org.designcontest.platform.boundary.BusinessException;
import org.designcontest.platform.boundary.ConflictException;
import org.designcontest.platform.boundary.NotFoundException;
import org.designcontest.platform.boundary.NotPermittedException;
import org.designcontest.web.faces.FieldMessages;
import org.designcontest.web.faces.SignInFirst;
import org.omnifaces.util.Messages;

/**
 * The company's create-contest wizard ({@code new-contest.xhtml?draft=…&step=…}): brief → files →
 * prize → finalists and rounds → preview → launch. The first step saves a draft and every later one
 * revises it, so a reload or a bookmark loses nothing: the URL names the draft and the step (and
 * the form carries both back as plain fields, since the step decides what the form holds). Every
 * rule lives in the services: who may draft (company staff; anyone else gets the 403 page), the
 * brief's limits, the files, the launch.
 */
@Named
@RequestScoped
public class NewContestBacking {

  /** The steps, in order, as the URL names them. */
  public static final List<String> STEPS = List.of("brief", "files", "prize", "rounds", "preview");

  /** What a new draft's prize is until the prize step sets it (the brief needs one). */
  static final BigDecimal SUGGESTED_PRIZE = new BigDecimal("500");

  private static final String FORM = "wizard";

  @Inject ContestService contests;

  @Inject CompanyContests companyContests;

  @Inject ContestReferences references;

  @Inject FacesContext faces;

  private Long draft;
  private String step;
  private Contest contest;
  private String companyName;

  private Long version;
  private String title;
  private String category;
  private String description;
  private String styleNotes;
  private BigDecimal prize;
  private String currency;
  private boolean guaranteed;
  private boolean privateWithNda;
  private Integer finalistCount;
  private Integer openDays;
  private Integer finalistSelectionDays;
  private Integer finalRoundDays;
  private Integer winnerSelectionDays;
  private transient Part file;
  private List<ContestReference> files;

  /** The draft and the step: from the URL on a GET, from the form's plain fields on a post. */
  @PostConstruct
  void readStep() {
    Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
    try {
      String given = parameters.get("draft");
      draft = given == null || given.isBlank() ? null : Long.valueOf(given.strip());
    } catch (NumberFormatException e) {
      draft = null;
    }
    String named = parameters.get("step");
    step = named != null && STEPS.contains(named) ? named : "brief";
    if (draft == null) {
      step = "brief";
    }
  }

  /** Visitors sign in first; only company staff may draft (403 otherwise); fills the form. */
  public void load() throws IOException {
    if (SignInFirst.redirected(faces)) {
      return;
    }
    try {
      companyName = companyContests.companyName();
      if (draft != null) {
        contest = contests.ownContest(draft);
        if (contest.stage() != Stage.DRAFT) {
          FieldMessages.flash(faces, "This contest is launched already.");
          faces.getExternalContext().redirect("contest.xhtml?id=" + contest.id());
          faces.responseComplete();
          return;
        }
        fill(contest);
      }
    } catch (NotPermittedException e) {
      faces.getExternalContext().responseSendError(403, e.getMessage());
      faces.responseComplete();
    } catch (NotFoundException e) {
      faces.getExternalContext().responseSendError(404, "There is no such draft.");
      faces.responseComplete();
    }
  }

  private void fill(Contest contest) {
    version = contest.version();
    title = contest.title();
    category = contest.category().code();
    description = contest.description();
    styleNotes = contest.styleNotes();
    prize = contest.prizeAmount();
    currency = contest.prizeCurrency();
    guaranteed = contest.isGuaranteed();
    privateWithNda = contest.isPrivateWithNda();
    finalistCount = contest.finalistCount();
    openDays = contest.openDays();
    finalistSelectionDays = contest.finalistSelectionDays();
    finalRoundDays = contest.finalRoundDays();
    winnerSelectionDays = contest.winnerSelectionDays();
  }

  /** Step 1: a new draft, or the draft's brief revised. */
  public String saveBrief() {
    try {
      if (draft == null) {
        Contest drafted =
            contests.draft(
                new ContestBrief(
                    title,
                    category,
                    description,
                    SUGGESTED_PRIZE,
                    ContestBrief.DEFAULT_CURRENCY,
                    styleNotes,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        draft = drafted.id();
      } else {
        revise(current -> brief(current, title, category, description, styleNotes, false, null));
      }
    } catch (RuntimeException e) {
      return refused(e);
    }
    FieldMessages.flash(faces, "Draft saved. Add reference files if you have any.");
    return to("files");
  }

  /** Step 2: one reference file attached to the draft (the service checks it). */
  public String upload() {
    try {
      if (file == null || (file.getSize() == 0 && blank(file.getSubmittedFileName()))) {
        Messages.addError(FORM + ":file", "Choose a file to attach.");
        return null;
      }
      byte[] content;
      try (InputStream in = file.getInputStream()) {
        content = in.readNBytes(FileCheck.DOCUMENT.maxBytes() + 1);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      references.attach(draft, file.getSubmittedFileName(), content);
    } catch (ConflictException e) {
      Messages.addError(FORM + ":file", e.getMessage());
      return null;
    } catch (RuntimeException e) {
      return refused(e);
    }
    FieldMessages.flash(faces, "File attached.");
    return to("files");
  }

  public String removeFile(long reference) {
    try {
      references.remove(draft, reference);
    } catch (RuntimeException e) {
      return refused(e);
    }
    FieldMessages.flash(faces, "File removed.");
    return to("files");
  }

  /** Step 3: the prize. */
  public String savePrize() {
    try {
      revise(
          current ->
              brief(
                  current,
                  current.title(),
                  current.category().code(),
                  current.description(),
                  current.styleNotes(),
                  true,
                  null));
    } catch (RuntimeException e) {
      return refused(e);
    }
    FieldMessages.flash(faces, "Prize saved.");
    return to("rounds");
  }

  /** Step 4: the number of finalists and the rounds' lengths. */
  public String saveRounds() {
    try {
      revise(
          current ->
              brief(
                  current,
                  current.title(),
                  current.category().code(),
                  current.description(),
                  current.styleNotes(),
                  false,
                  new Integer[] {
                    finalistCount,
                    openDays,
                    finalistSelectionDays,
                    finalRoundDays,
                    winnerSelectionDays
                  }));
    } catch (RuntimeException e) {
      return refused(e);
    }
    FieldMessages.flash(faces, "Rounds saved. Check the preview, then launch.");
    return to("preview");
  }

  /** Step 5: launch (the prize goes into escrow; the qualifying round opens). */
  public String launch() {
    try {
      contests.launch(draft, version);
    } catch (RuntimeException e) {
      return refused(e);
    }
    FieldMessages.flash(faces, "Your contest is open for entries.");
    return "/contest?faces-redirect=true&id=" + draft;
  }

  private void revise(java.util.function.Function<Contest, ContestBrief> change) {
    Contest current = contests.ownContest(draft);
    contests.revise(draft, version, change.apply(current));
  }

  /**
   * The draft's brief with one step's values changed: the prize step's prize, currency and options
   * when {@code prize} is true, and the rounds when {@code rounds} is given; the rest as the draft
   * has it.
   */
  private ContestBrief brief(
      Contest current,
      String title,
      String category,
      String description,
      String styleNotes,
      boolean prizeStep,
      Integer[] rounds) {
    Integer[] r =
        rounds != null
            ? rounds
            : new Integer[] {
              current.finalistCount(),
              current.openDays(),
              current.finalistSelectionDays(),
              current.finalRoundDays(),
              current.winnerSelectionDays()
            };
    return new ContestBrief(
        title,
        category,
        description,
        prizeStep ? prize : current.prizeAmount(),
        prizeStep ? currency : current.prizeCurrency(),
        styleNotes,
        prizeStep ? guaranteed : current.isGuaranteed(),
        prizeStep ? privateWithNda : current.isPrivateWithNda(),
        r[0],
        r[1],
        r[2],
        r[3],
        r[4]);
  }

  /**
   * A refusal: next to its field when it is about one, else at the top of the page; anything that
   * is not a refusal is rethrown.
   */
  private String refused(RuntimeException e) {
    if (FieldMessages.show(faces, FORM, e)) {
      return null;
    }
    if (e instanceof BusinessException) {
      Messages.addGlobalError(e.getMessage());
      return null;
    }
    throw e;
  }

  private String to(String next) {
    return "/new-contest?faces-redirect=true&draft=" + draft + "&step=" + next;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public boolean at(String name) {
    return name.equals(step);
  }

  public boolean reached(String name) {
    return draft != null || "brief".equals(name);
  }

  public int getStepNumber() {
    return STEPS.indexOf(step) + 1;
  }

  public List<String> getSteps() {
    return STEPS;
  }

  public String stepName(String name) {
    return switch (name) {
      case "brief" -> "Brief";
      case "files" -> "Reference files";
      case "prize" -> "Prize";
      case "rounds" -> "Finalists and rounds";
      case "preview" -> "Preview and launch";
      default -> name;
    };
  }

  public List<Category> getCategories() {
    return contests.categories();
  }

  public List<String> getCurrencies() {
    return List.of("USD", "EUR", "GBP", "CHF", "CAD", "AUD");
  }

  public List<ContestReference> getFiles() {
    if (files == null) {
      files = draft == null ? List.of() : references.list(draft);
    }
    return files;
  }

  /** The draft as the contest page will show it. */
  public Contest getContest() {
    if (contest == null && draft != null) {
      try {
        contest = contests.ownContest(draft); // a post re-rendered after a refusal
      } catch (BusinessException e) {
        return null;
      }
    }
    return contest;
  }

  public String getBriefHtml() {
    return getContest() == null ? "" : ContestPageBacking.briefHtml(getContest());
  }

  /** The company drafting (also on a post re-rendered after a refusal, where load did not run). */
  public String getCompanyName() {
    if (companyName == null) {
      try {
        companyName = companyContests.companyName();
      } catch (BusinessException e) {
        companyName = "";
      }
    }
    return companyName;
  }

  public Long getDraft() {
    return draft;
  }

  public String getStep() {
    return step;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getStyleNotes() {
    return styleNotes;
  }

  public void setStyleNotes(String styleNotes) {
    this.styleNotes = styleNotes;
  }

  public BigDecimal getPrize() {
    return prize;
  }

  public void setPrize(BigDecimal prize) {
    this.prize = prize;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public boolean isGuaranteed() {
    return guaranteed;
  }

  public void setGuaranteed(boolean guaranteed) {
    this.guaranteed = guaranteed;
  }

  public boolean isPrivateWithNda() {
    return privateWithNda;
  }

  public void setPrivateWithNda(boolean privateWithNda) {
    this.privateWithNda = privateWithNda;
  }

  public Integer getFinalistCount() {
    return finalistCount;
  }

  public void setFinalistCount(Integer finalistCount) {
    this.finalistCount = finalistCount;
  }

  public Integer getOpenDays() {
    return openDays;
  }

  public void setOpenDays(Integer openDays) {
    this.openDays = openDays;
  }

  public Integer getFinalistSelectionDays() {
    return finalistSelectionDays;
  }

  public void setFinalistSelectionDays(Integer finalistSelectionDays) {
    this.finalistSelectionDays = finalistSelectionDays;
  }

  public Integer getFinalRoundDays() {
    return finalRoundDays;
  }

  public void setFinalRoundDays(Integer finalRoundDays) {
    this.finalRoundDays = finalRoundDays;
  }

  public Integer getWinnerSelectionDays() {
    return winnerSelectionDays;
  }

  public void setWinnerSelectionDays(Integer winnerSelectionDays) {
    this.winnerSelectionDays = winnerSelectionDays;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
