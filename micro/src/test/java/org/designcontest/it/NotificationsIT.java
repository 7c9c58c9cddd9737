package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.designcontest.it.support.ContestApi.bearer;
import static org.designcontest.it.support.ContestApi.expect;
import static org.designcontest.it.support.ContestApi.idOf;
import static org.designcontest.it.support.ContestApi.json;

import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.designcontest.it.support.ContestApi;
import org.designcontest.it.support.Deployments;
import org.designcontest.it.support.Http;
import org.designcontest.it.support.TestDatabase;
import org.designcontest.it.support.TestMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a whole contest tells each participant, in the app and by email, with the default settings
 * and with chosen ones: exactly the expected notifications and emails, once each, and never a
 * designer's name to the company.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

  private static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6};

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  private Http http;
  private ContestApi api;
  private Person lead;
  private Person colleague;
  private Person mira;
  private Person tomas;
  private Person ana;

  /** A participant: account, token, address and name (which the company must never read). */
  record Person(long id, String token, String email, String name) {
    static Person of(long id) {
      return new Person(
          id,
          bearer(id),
          TestDatabase.text("select email from account where id = ?", id),
          TestDatabase.text("select display_name from account where id = ?", id));
    }
  }

  @BeforeEach
  void aCompanyOfTwoAndThreeDesigners() {
    http = new Http(deployment);
    api = new ContestApi(http);
    lead = Person.of(TestDatabase.newCompanyStaff());
    colleague = Person.of(TestDatabase.newStaffOf(TestDatabase.companyOf(lead.id())));
    mira = Person.of(TestDatabase.newDesigner());
    tomas = Person.of(TestDatabase.newDesigner());
    ana = Person.of(TestDatabase.newDesigner());
  }

  @Test
  void aWholeContestTellsEachPersonWhatConcernsThemOnce() throws Exception {
    // markup and an ampersand in the title: plain in the app, escaped in the HTML email
    String title = "Sea & <Sky> " + UUID.randomUUID().toString().substring(0, 8);
    String t = "“" + title + "”";
    long contest = api.draft(lead.token(), title);
    expect(200, api.post("contests/" + contest + "/launch", lead.token(), null));
    long miraEntry = api.submit(contest, mira.token(), "Wave", 11);
    long tomasEntry = api.submit(contest, tomas.token(), "Anchor", 12);
    long anaEntry = api.submit(contest, ana.token(), "Gull", 13);
    int miraNumber = api.numberOf(lead.token(), contest, miraEntry);
    int tomasNumber = api.numberOf(lead.token(), contest, tomasEntry);
    int anaNumber = api.numberOf(lead.token(), contest, anaEntry);

    expect(204, api.put("entries/" + miraEntry + "/rating", lead.token(), "{\"stars\": 5}"));
    expect(
        201,
        api.post("entries/" + tomasEntry + "/comments", lead.token(), "{\"text\": \"Bolder?\"}"));
    expect(
        204,
        api.post(
            "entries/" + anaEntry + "/elimination", lead.token(), "{\"reason\": \"Off brief\"}"));
    json(
        api.post(
            "contests/" + contest + "/finalists",
            lead.token(),
            "{\"designers\": [" + miraNumber + ", " + tomasNumber + "]}"));
    assertThat(api.revise(tomasEntry, tomas.token(), 14).statusCode()).isEqualTo(201);
    ContestApi.passDeadline(contest);
    api.awaitStage(lead.token(), contest, "WINNER_SELECTION");
    json(
        api.post(
            "contests/" + contest + "/winner", lead.token(), "{\"entry\": " + miraEntry + "}"));
    idOf(api.upload("contests/" + contest + "/handover/files", mira.token(), ZIP));
    json(api.post("contests/" + contest + "/handover/acceptance", mira.token(), null));
    json(api.post("contests/" + contest + "/handover/approval", lead.token(), null));

    List<String> leadMail =
        List.of(
            "Final round of " + t + " ended: choose the winner",
            "The winner delivered the final files of " + t);
    List<String> leadDaily =
        List.of(
            "New entry from Designer " + miraNumber + " in " + t,
            "New entry from Designer " + tomasNumber + " in " + t,
            "New entry from Designer " + anaNumber + " in " + t,
            "Designer " + tomasNumber + " uploaded a revision in " + t);
    List<String> colleagueMail =
        List.of(
            t + " is open for entries",
            "Finalists chosen in " + t,
            "Final round of " + t + " ended: choose the winner",
            "Winner chosen in " + t,
            "The winner delivered the final files of " + t,
            t + " is completed");
    List<String> miraMail =
        List.of(
            "You are a finalist in " + t,
            "Final round of " + t + " ended",
            "You won " + t,
            "Your prize for " + t + " is released");
    List<String> tomasMail =
        List.of(
            "You are a finalist in " + t,
            "Final round of " + t + " ended",
            "A winner was chosen in " + t);
    List<String> anaMail = List.of("Finalists chosen in " + t, "A winner was chosen in " + t);

    assertThat(awaitTitles(lead, leadMail.size() + leadDaily.size()))
        .containsExactlyInAnyOrderElementsOf(concat(leadMail, leadDaily));
    assertThat(awaitTitles(colleague, colleagueMail.size() + leadDaily.size()))
        .containsExactlyInAnyOrderElementsOf(concat(colleagueMail, leadDaily));
    assertThat(awaitTitles(mira, miraMail.size() + 1))
        .containsExactlyInAnyOrderElementsOf(
            concat(miraMail, List.of("Your entry in " + t + " was rated")));
    assertThat(awaitTitles(tomas, tomasMail.size() + 1))
        .containsExactlyInAnyOrderElementsOf(
            concat(tomasMail, List.of("New comment on your entry in " + t)));
    assertThat(awaitTitles(ana, anaMail.size() + 1))
        .containsExactlyInAnyOrderElementsOf(
            concat(anaMail, List.of("Your entry in " + t + " was eliminated")));

    // the company's daily digest: one email with the four waiting, when its hour comes
    TestDatabase.execute(
        "update notification_digest set next_due_at = now() - interval '1 second' where account_id = ?",
        lead.id());
    MimeMessage digest =
        TestMail.awaitOne(lead.email(), "Your designcontest digest: 4 notifications");
    assertThat(text(digest)).contains(leadDaily);
    assertThat(html(digest)).contains("Sea &amp; &lt;Sky&gt;").doesNotContain("<Sky>");
    assertThat(
            TestDatabase.count(
                "select count(*) from notification_digest where account_id = ? and next_due_at > now() + interval '1 hour'",
                lead.id()))
        .as("the next digest is due a day later")
        .isEqualTo(1);

    assertThat(awaitSubjects(lead, leadMail.size() + 1))
        .containsExactlyInAnyOrderElementsOf(
            concat(leadMail, List.of("Your designcontest digest: 4 notifications")));
    assertThat(awaitSubjects(colleague, colleagueMail.size()))
        .containsExactlyInAnyOrderElementsOf(colleagueMail);
    assertThat(awaitSubjects(mira, miraMail.size())).containsExactlyInAnyOrderElementsOf(miraMail);
    assertThat(awaitSubjects(tomas, tomasMail.size()))
        .containsExactlyInAnyOrderElementsOf(tomasMail);
    assertThat(awaitSubjects(ana, anaMail.size())).containsExactlyInAnyOrderElementsOf(anaMail);

    MimeMessage won = TestMail.awaitOne(mira.email(), "You won " + t);
    assertThat(won.getHeader("Message-ID")[0]).matches("<notification-\\d+@designcontest>");
    assertThat(html(won)).contains("Sea &amp; &lt;Sky&gt;").contains("notification-settings.xhtml");
    assertThat(text(won))
        .contains("Sea & <Sky>")
        .as("the winner's notice opens the handover")
        .contains("/handover.xhtml?contest=" + contest);

    String metrics = http.get(http.server("/metrics")).body();
    assertThat(metrics).contains("notifications_created_total").contains("mail_sent_total");

    for (Person staff : List.of(lead, colleague)) {
      String seen = api.get("notifications?size=100", staff.token()).body();
      for (MimeMessage message : TestMail.to(staff.email())) {
        seen += text(message) + html(message);
      }
      for (Person designer : List.of(mira, tomas, ana)) {
        assertThat(seen)
            .as("the company never reads a designer's name or address")
            .doesNotContain(designer.name())
            .doesNotContain(designer.email());
      }
    }
  }

  /** The person's notification titles, once there are {@code count} of them. */
  private List<String> awaitTitles(Person person, int count) {
    return await()
        .alias("notifications of " + person.name())
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                json(api.get("notifications?size=100", person.token()))
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .map(n -> n.getString("title"))
                    .toList(),
            titles -> titles.size() >= count);
  }

  /** The subjects of the emails the person received, once there are {@code count} of them. */
  private static List<String> awaitSubjects(Person person, int count) {
    return await()
        .alias("emails to " + person.name())
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              List<String> subjects = new ArrayList<>();
              for (MimeMessage message : TestMail.to(person.email())) {
                subjects.add(message.getSubject());
              }
              return subjects;
            },
            subjects -> subjects.size() >= count);
  }

  static String text(MimeMessage message) throws Exception {
    return part(message, "text/plain");
  }

  static String html(MimeMessage message) throws Exception {
    return part(message, "text/html");
  }

  private static String part(MimeMessage message, String type) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.isMimeType(type)) {
        return (String) part.getContent();
      }
    }
    throw new AssertionError("no " + type + " part");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
