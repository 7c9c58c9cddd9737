package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.designcontest.it.support.ChatApi.idOf;
import static org.designcontest.it.support.ChatApi.ids;
import static org.designcontest.it.support.ChatApi.readFrame;
import static org.designcontest.it.support.ChatApi.sendFrame;
import static org.designcontest.it.support.ContestApi.bearer;
import static org.designcontest.it.support.ContestApi.json;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.designcontest.it.support.ChatApi;
import org.designcontest.it.support.ChatApi.Talk;
import org.designcontest.it.support.Deployments;
import org.designcontest.it.support.Http;
import org.designcontest.it.support.Images;
import org.designcontest.it.support.LivePage;
import org.designcontest.it.support.Multipart;
import org.designcontest.it.support.SecondInstance;
import org.designcontest.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two app instances sharing one broker and one database (ARCHITECTURE.md decision 5): the one
 * Arquillian manages, and a second Payara Micro this test starts with the same WAR and
 * configuration. A page connected to either instance hears what was sent through the other, by REST
 * or by frame, each message once, with the read receipts; files uploaded on one are served by the
 * other; outsiders hear nothing on either.
 */
@ExtendWith(ArquillianExtension.class)
class ChatAcrossInstancesIT {

  /** The second instance's HTTP port (the ITs hold the machine's IT lock, so it is free). */
  private static final int SECOND_PORT = 28081;

  private static SecondInstance second;

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  private final List<LivePage> pages = new ArrayList<>();

  @AfterEach
  void closePages() {
    pages.forEach(LivePage::close);
  }

  @AfterAll
  static void stopTheSecondInstance() {
    if (second != null) {
      second.close();
      second = null;
    }
  }

  @Test
  void aPageOnEitherInstanceHearsWhatWasSentThroughTheOther() {
    Http one = new Http(deployment);
    second = SecondInstance.start(SECOND_PORT, deployment);
    Http two = new Http(second.deployment());
    ChatApi chatOne = new ChatApi(one);
    ChatApi chatTwo = new ChatApi(two);

    Talk talk = chatOne.newTalk();
    long conversation = talk.conversation();
    LivePage companyOnOne = page("the company's page on instance one", one, talk.company());
    LivePage designerOnTwo = page("the designer's page on instance two", two, talk.designer());
    LivePage designerOnOne = page("the designer's page on instance one", one, talk.designer());
    LivePage outsiderOnTwo =
        page("an outsider's page on instance two", two, bearer(TestDatabase.newDesigner()));
    LivePage otherCompanyOnTwo =
        page("another company's page on instance two", two, bearer(TestDatabase.newCompanyStaff()));

    // REST on one → a page on two
    String viaRestOnOne = UUID.randomUUID().toString();
    HttpResponse<String> posted =
        chatOne.send(conversation, talk.company(), "Sent through one", viaRestOnOne);
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    JsonObject heardOnTwo = designerOnTwo.awaitMessage(viaRestOnOne);
    assertThat(heardOnTwo.getJsonObject("message").getString("body")).isEqualTo("Sent through one");
    assertThat(heardOnTwo.getJsonObject("message").getString("sender"))
        .isEqualTo(talk.companyName());
    assertThat(heardOnTwo.getInt("unread")).isEqualTo(1);

    // a frame on two → the company's page on one, and the designer's own pages on both
    String viaFrameOnTwo = UUID.randomUUID().toString();
    designerOnTwo.send(sendFrame(conversation, "Sent through two", viaFrameOnTwo));
    JsonObject heardOnOne = companyOnOne.awaitMessage(viaFrameOnTwo);
    assertThat(heardOnOne.getJsonObject("message").getString("sender")).isEqualTo(talk.pseudonym());
    designerOnOne.awaitMessage(viaFrameOnTwo);
    designerOnTwo.awaitMessage(viaFrameOnTwo);

    // a frame on one → two, and REST on two → one
    String viaFrameOnOne = UUID.randomUUID().toString();
    companyOnOne.send(sendFrame(conversation, "Frame through one", viaFrameOnOne));
    designerOnTwo.awaitMessage(viaFrameOnOne);
    String viaRestOnTwo = UUID.randomUUID().toString();
    assertThat(
            chatTwo
                .send(conversation, talk.designer(), "REST through two", viaRestOnTwo)
                .statusCode())
        .isEqualTo(201);
    companyOnOne.awaitMessage(viaRestOnTwo);

    // a quick burst through both instances at once: every page hears each message once (two
    // senders on two instances have no order but the ids, by which pages sort)
    for (int i = 0; i < 4; i++) {
      designerOnTwo.send(sendFrame(conversation, "burst " + i, UUID.randomUUID().toString()));
      chatOne.say(conversation, talk.company(), "reply " + i);
    }
    List<Long> stored = ids(chatTwo.all(conversation, talk.designer()));
    assertThat(stored).hasSize(12).isSorted();
    for (LivePage page : List.of(companyOnOne, designerOnTwo, designerOnOne)) {
      await()
          .alias(page + " hears all twelve")
          .atMost(LivePage.PATIENCE)
          .until(() -> page.messagesOf(conversation).size() >= stored.size());
      assertThat(ids(page.messagesOf(conversation)))
          .as("%s hears each once", page)
          .containsExactlyInAnyOrderElementsOf(stored);
    }

    // read receipts cross too: the designer reads the company's newest message (the burst may
    // have ended with one of the designer's own, which their sending has marked read already)
    long last = idOf(chatOne.say(conversation, talk.company(), "Anything else?"));
    await()
        .alias("the designer's page on two hears the question")
        .atMost(LivePage.PATIENCE)
        .until(() -> ids(designerOnTwo.messagesOf(conversation)).contains(last));
    designerOnTwo.send(readFrame(conversation, last));
    companyOnOne.await(
        "the designer read on two",
        f ->
            "read".equals(f.getString("type", null))
                && "DESIGNER".equals(f.getString("side", null))
                && f.getJsonNumber("upTo").longValue() == last);
    assertThat(
            json(chatOne.conversation(conversation, talk.company()))
                .getJsonNumber("otherReadUpTo")
                .longValue())
        .isEqualTo(last);

    // a file uploaded on one is served by two
    byte[] image = Images.png(91);
    JsonObject withFile =
        Http.json(
                chatOne.upload(
                    conversation,
                    talk.company(),
                    new Multipart().file("file", "brief.png", "image/png", image)))
            .asJsonObject();
    long attachment = idOf(withFile.getJsonArray("attachments").getJsonObject(0));
    designerOnTwo.await(
        "the file message",
        f ->
            "message".equals(f.getString("type", null))
                && idOf(f.getJsonObject("message")) == idOf(withFile));
    HttpResponse<byte[]> served =
        chatTwo.attachment(conversation, attachment, "", "Authorization", talk.designer());
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.body()).isEqualTo(image);

    assertThat(outsiderOnTwo.messagesOf(conversation)).as("outsiders hear nothing").isEmpty();
    assertThat(otherCompanyOnTwo.messagesOf(conversation)).isEmpty();
    assertThat(outsiderOnTwo.frames("read")).isEmpty();
    assertThat(otherCompanyOnTwo.frames("read")).isEmpty();
  }

  private LivePage page(String name, Http http, String bearer) {
    LivePage page = LivePage.open(name, http, bearer);
    pages.add(page);
    return page;
  }
}
