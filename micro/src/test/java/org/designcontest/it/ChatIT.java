package org.designcontest.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.designcontest.it.support.ChatApi.bodies;
import static org.designcontest.it.support.ChatApi.fieldsOf;
import static org.designcontest.it.support.ChatApi.idOf;
import static org.designcontest.it.support.ChatApi.ids;
import static org.designcontest.it.support.ChatApi.items;
import static org.designcontest.it.support.ChatApi.readFrame;
import static org.designcontest.it.support.ChatApi.sendFrame;
import static org.designcontest.it.support.ContestApi.bearer;
import static org.designcontest.it.support.ContestApi.expect;
import static org.designcontest.it.support.ContestApi.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import javax.imageio.ImageIO;
import org.designcontest.it.support.ChatApi;
import org.designcontest.it.support.ChatApi.Talk;
import org.designcontest.it.support.ContestApi;
import org.designcontest.it.support.Deployments;
import org.designcontest.it.support.Http;
import org.designcontest.it.support.Images;
import org.designcontest.it.support.LivePage;
import org.designcontest.it.support.Multipart;
import org.designcontest.it.support.TestDatabase;
import org.designcontest.it.support.TestMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The chat between a contest's company and one of its designers (docs/chat.md), through real
 * WebSocket clients on {@code /live} and the REST API: live delivery to every page of both sides in
 * the order stored, read receipts, catch-up after a reconnect, files checked by their content,
 * nobody else reading or writing (not even through the socket), bad frames and bad requests refused
 * without harm to anyone else's socket, unread counts, one notification per unread burst, the
 * designer's anonymity until they win, and moderators who read only with a recorded reason.
 */
@ExtendWith(ArquillianExtension.class)
class ChatIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.app();
  }

  @ArquillianResource URL deployment;

  private Http http;
  private ContestApi api;
  private ChatApi chat;
  private final List<LivePage> pages = new ArrayList<>();

  @BeforeEach
  void clients() {
    http = new Http(deployment);
    api = new ContestApi(http);
    chat = new ChatApi(http);
  }

  @AfterEach
  void closePages() {
    pages.forEach(LivePage::close);
  }

  private LivePage page(String name, String bearer) {
    LivePage page = LivePage.open(name, http, bearer);
    pages.add(page);
    return page;
  }

  @Test
  void bothSidesHearEveryMessageLiveInTheOrderStoredOnEveryPage() {
    Talk talk = chat.newTalk();
    LivePage designer = page("the designer's page", talk.designer());
    LivePage designerElsewhere = page("the designer's other page", talk.designer());
    LivePage company = page("the company's page", talk.company());

    String hello = UUID.randomUUID().toString();
    designer.send(sendFrame(talk.conversation(), "Hello, here is my idea", hello));
    JsonObject heard = company.awaitMessage(hello);
    assertThat(heard.getJsonNumber("conversationId").longValue()).isEqualTo(talk.conversation());
    JsonObject message = heard.getJsonObject("message");
    assertThat(message.getString("body")).isEqualTo("Hello, here is my idea");
    assertThat(message.getString("from")).isEqualTo("DESIGNER");
    assertThat(message.getString("sender")).isEqualTo(talk.pseudonym());
    assertThat(message.getJsonNumber("conversationId").longValue()).isEqualTo(talk.conversation());
    assertThat(message.getString("sentAt")).isNotBlank();
    assertThat(heard.getInt("unread")).as("the company's count").isEqualTo(1);
    assertThat(heard.getInt("totalUnread")).isEqualTo(1);
    JsonObject echoed = designerElsewhere.awaitMessage(hello);
    assertThat(echoed.getInt("unread")).as("the designer's own message is not unread").isZero();
    assertThat(designer.awaitMessage(hello).getJsonObject("message").getString("body"))
        .as("the sending page hears what was stored")
        .isEqualTo("Hello, here is my idea");

    // a quick exchange: frames from the designer, REST posts from the company, in between
    List<String> sent = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      String key = UUID.randomUUID().toString();
      designer.send(sendFrame(talk.conversation(), "variant " + i, key));
      sent.add("variant " + i);
      if (i == 3) {
        designer.awaitMessage(key); // the frame is stored before the company answers
        chat.say(talk.conversation(), talk.company(), "Nice, go on");
        sent.add("Nice, go on");
      }
    }
    sent.add(0, "Hello, here is my idea");
    company.await(
        "variant 5",
        f ->
            "message".equals(f.getString("type", null))
                && "variant 5".equals(f.getJsonObject("message").getString("body")));
    List<JsonObject> stored = chat.all(talk.conversation(), talk.company());
    assertThat(bodies(stored)).as("stored in the order sent").isEqualTo(sent);
    assertThat(ids(stored)).isSorted().doesNotHaveDuplicates();
    for (LivePage page : List.of(designer, designerElsewhere, company)) {
      await()
          .alias(page + " hears all six")
          .atMost(LivePage.PATIENCE)
          .until(() -> page.messagesOf(talk.conversation()).size() >= sent.size());
      assertThat(ids(page.messagesOf(talk.conversation())))
          .as("%s hears each message once, in the order stored", page)
          .isEqualTo(ids(stored));
    }
    assertThat(company.heard())
        .as("the company's page never hears the designer's name")
        .noneMatch(frame -> frame.contains(talk.designerName()));
    JsonObject company5 = company.messagesOf(talk.conversation()).get(4);
    assertThat(company5.getString("from")).isEqualTo("COMPANY");
    assertThat(company5.getString("sender")).isEqualTo(talk.companyName());

    // read receipts: the company reads up to the last message, both sides hear it
    long last = idOf(stored.get(stored.size() - 1));
    company.send(readFrame(talk.conversation(), last));
    JsonObject readByCompany = company.await("its read position", f -> isRead(f, "COMPANY", last));
    assertThat(readByCompany.getInt("unread")).isZero();
    assertThat(readByCompany.getInt("totalUnread")).isZero();
    JsonObject toldDesigner = designer.await("the company read", f -> isRead(f, "COMPANY", last));
    assertThat(toldDesigner.getJsonNumber("conversationId").longValue())
        .isEqualTo(talk.conversation());
    JsonObject forDesigner = json(chat.conversation(talk.conversation(), talk.designer()));
    assertThat(forDesigner.getJsonNumber("otherReadUpTo").longValue())
        .as("the designer's messages show Read")
        .isEqualTo(last);
    JsonObject forCompany = json(chat.conversation(talk.conversation(), talk.company()));
    assertThat(forCompany.getJsonNumber("readUpTo").longValue()).isEqualTo(last);
    assertThat(forCompany.getInt("unread")).isZero();

    // the read position never moves back
    expect(204, chat.read(talk.conversation(), talk.company(), idOf(stored.get(0))));
    assertThat(
            json(chat.conversation(talk.conversation(), talk.company()))
                .getJsonNumber("readUpTo")
                .longValue())
        .isEqualTo(last);

    // the designer reads the company's next message over REST: the company hears it
    String finalWord = UUID.randomUUID().toString();
    chat.send(talk.conversation(), talk.company(), "Final word", finalWord);
    long finalId = idOf(designer.awaitMessage(finalWord).getJsonObject("message"));
    expect(204, chat.read(talk.conversation(), talk.designer(), finalId));
    company.await("the designer read", f -> isRead(f, "DESIGNER", finalId));
    assertThat(
            json(chat.conversation(talk.conversation(), talk.company()))
                .getJsonNumber("otherReadUpTo")
                .longValue())
        .isEqualTo(finalId);
  }

  @Test
  void eitherSideStartsTheOneConversationAndFindsItAgain() {
    long staffId = TestDatabase.newCompanyStaff();
    String company = bearer(staffId);
    String designer = bearer(TestDatabase.newDesigner());
    long contest = api.draft(company, "Opening " + UUID.randomUUID().toString().substring(0, 8));
    expect(200, api.post("contests/" + contest + "/launch", company, null));
    long entry = api.submit(contest, designer, "Wave", 95);

    HttpResponse<String> started = chat.open(designer, "{\"contestId\": " + contest + "}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long conversation = idOf(Http.json(started).asJsonObject());
    assertThat(started.headers().firstValue("Location").orElseThrow())
        .endsWith("/api/conversations/" + conversation);
    JsonObject forDesigner = Http.json(started).asJsonObject();
    assertThat(forDesigner.getString("side")).isEqualTo("DESIGNER");
    assertThat(forDesigner.getInt("unread")).isZero();
    assertThat(nullOrAbsent(forDesigner, "lastMessage")).as("nothing said yet").isTrue();

    HttpResponse<String> again = chat.open(designer, "{\"contestId\": " + contest + "}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(idOf(Http.json(again).asJsonObject())).isEqualTo(conversation);
    HttpResponse<String> byCompany = chat.open(company, "{\"entryId\": " + entry + "}");
    assertThat(byCompany.statusCode()).as(byCompany.body()).isEqualTo(200);
    assertThat(idOf(Http.json(byCompany).asJsonObject())).isEqualTo(conversation);
    assertThat(ids(items(json(chat.list(company))))).containsExactly(conversation);
    String companyToken =
        "Bearer " + TestDatabase.newToken(staffId, TestDatabase.companyOf(staffId), "WRITE");
    assertThat(idOf(json(chat.open(companyToken, "{\"entryId\": " + entry + "}"))))
        .as("a company's token opens as the company")
        .isEqualTo(conversation);
    assertThat(
            TestDatabase.count("select count(*) from conversation where contest_id = ?", contest))
        .isEqualTo(1);
  }

  @Test
  void theSameClientKeyTwiceStoresOneMessage() {
    Talk talk = chat.newTalk();
    LivePage company = page("the company's page", talk.company());
    String key = UUID.randomUUID().toString();
    HttpResponse<String> first = chat.send(talk.conversation(), talk.designer(), "Once", key);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    HttpResponse<String> again = chat.send(talk.conversation(), talk.designer(), "Once", key);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(idOf(Http.json(again).asJsonObject()))
        .isEqualTo(idOf(Http.json(first).asJsonObject()));
    LivePage designer = page("the designer's page", talk.designer());
    designer.send(sendFrame(talk.conversation(), "Once", key));
    String later = UUID.randomUUID().toString();
    designer.send(sendFrame(talk.conversation(), "Then this", later));
    company.awaitMessage(later);
    assertThat(bodies(chat.all(talk.conversation(), talk.company())))
        .isEqualTo(List.of("Once", "Then this"));
    assertThat(company.messagesOf(talk.conversation())).hasSize(2);
  }

  @Test
  void aPageThatWasAwayCatchesUpWithTheMessagesAfterItsLastId() {
    Talk talk = chat.newTalk();
    LivePage designer = page("the designer's page", talk.designer());
    String key = UUID.randomUUID().toString();
    HttpResponse<String> sent = chat.send(talk.conversation(), talk.company(), "Before", key);
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    long lastHeard = idOf(designer.awaitMessage(key).getJsonObject("message"));
    designer.close();

    List<Long> missed = new ArrayList<>();
    for (String text : List.of("While away 1", "While away 2", "While away 3")) {
      missed.add(idOf(chat.say(talk.conversation(), talk.company(), text)));
    }
    LivePage back = page("the designer's page, reconnected", talk.designer());
    JsonObject caughtUp =
        json(chat.messages(talk.conversation(), "after=" + lastHeard, talk.designer()));
    assertThat(ids(items(caughtUp))).isEqualTo(missed);
    assertThat(bodies(items(caughtUp)))
        .containsExactly("While away 1", "While away 2", "While away 3");
    assertThat(caughtUp.getBoolean("more")).isFalse();

    JsonObject firstTwo =
        json(
            chat.messages(talk.conversation(), "after=" + lastHeard + "&limit=2", talk.designer()));
    assertThat(ids(items(firstTwo))).isEqualTo(missed.subList(0, 2));
    assertThat(firstTwo.getBoolean("more")).as("a newer one is left").isTrue();
    JsonObject rest =
        json(
            chat.messages(
                talk.conversation(), "after=" + missed.get(1) + "&limit=2", talk.designer()));
    assertThat(ids(items(rest))).containsExactly(missed.get(2));
    assertThat(rest.getBoolean("more")).isFalse();

    // older history, page by page, oldest first
    JsonObject older =
        json(
            chat.messages(
                talk.conversation(), "before=" + missed.get(2) + "&limit=2", talk.designer()));
    assertThat(ids(items(older))).isEqualTo(missed.subList(0, 2));
    assertThat(older.getBoolean("more")).as("'Before' is older still").isTrue();
    JsonObject oldest =
        json(
            chat.messages(
                talk.conversation(), "before=" + missed.get(0) + "&limit=2", talk.designer()));
    assertThat(ids(items(oldest))).containsExactly(lastHeard);
    assertThat(oldest.getBoolean("more")).isFalse();
    JsonObject newest = json(chat.messages(talk.conversation(), "limit=2", talk.designer()));
    assertThat(ids(items(newest))).isEqualTo(missed.subList(1, 3));
    assertThat(newest.getBoolean("more")).isTrue();

    String now = UUID.randomUUID().toString();
    chat.send(talk.conversation(), talk.company(), "Welcome back", now);
    assertThat(back.awaitMessage(now).getJsonObject("message").getString("body"))
        .isEqualTo("Welcome back");
    assertThat(back.messagesOf(talk.conversation()))
        .as("a new page hears only what is new")
        .hasSize(1);
  }

  @Test
  void filesAreToldByTheirContentAndServedWithThumbnailsNamesAndTags() throws IOException {
    Talk talk = chat.newTalk();
    LivePage company = page("the company's page", talk.company());
    byte[] wide = Images.png(1600, 900);
    byte[] pdf = pdf("Brand guide");
    String key = UUID.randomUUID().toString();
    HttpResponse<String> uploaded =
        chat.upload(
            talk.conversation(),
            talk.designer(),
            new Multipart()
                .field("body", "Two files")
                .field("clientKey", key)
                .file("file", "variant.png", "application/octet-stream", wide)
                .file("file", "guide.pdf", "application/pdf", pdf));
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    JsonObject message = Http.json(uploaded).asJsonObject();
    assertThat(message.getString("body")).isEqualTo("Two files");
    List<JsonObject> attachments =
        message.getJsonArray("attachments").getValuesAs(JsonObject.class);
    assertThat(attachments).hasSize(2);
    JsonObject image = named(attachments, "variant.png");
    JsonObject document = named(attachments, "guide.pdf");
    assertThat(image.getString("fileName")).isEqualTo("variant.png");
    assertThat(image.getString("contentType")).isEqualTo("image/png");
    assertThat(image.getJsonNumber("sizeBytes").longValue()).isEqualTo(wide.length);
    String imageUrl = "api/conversations/" + talk.conversation() + "/attachments/" + idOf(image);
    assertThat(image.getString("url")).endsWith(imageUrl);
    assertThat(image.getString("thumbnailUrl")).endsWith(imageUrl + "?size=grid");
    assertThat(document.getString("fileName")).isEqualTo("guide.pdf");
    assertThat(document.getString("contentType")).isEqualTo("application/pdf");
    assertThat(nullOrAbsent(document, "thumbnailUrl")).as("no thumbnail for a PDF").isTrue();
    List<JsonObject> heard =
        company
            .awaitMessage(key)
            .getJsonObject("message")
            .getJsonArray("attachments")
            .getValuesAs(JsonObject.class);
    assertThat(heard).extracting(a -> a.getString("fileName")).contains("variant.png", "guide.pdf");

    HttpResponse<byte[]> original =
        chat.attachment(talk.conversation(), idOf(image), "", "Authorization", talk.company());
    assertThat(original.statusCode()).isEqualTo(200);
    assertThat(original.body()).as("the file as uploaded").isEqualTo(wide);
    assertThat(original.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(original.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("inline")
        .contains("variant.png");
    assertThat(original.headers().firstValue("Cache-Control").orElseThrow())
        .contains("private")
        .contains("max-age=86400");
    String tag = original.headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> unchanged =
        chat.attachment(
            talk.conversation(),
            idOf(image),
            "",
            "Authorization",
            talk.company(),
            "If-None-Match",
            tag);
    assertThat(unchanged.statusCode()).isEqualTo(304);
    assertThat(unchanged.body()).isEmpty();

    HttpResponse<byte[]> grid =
        chat.attachment(
            talk.conversation(), idOf(image), "size=grid", "Authorization", talk.designer());
    assertThat(grid.statusCode()).isEqualTo(200);
    assertThat(grid.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/");
    assertThat(dimensions(grid.body())).as("the grid copy, 320 px wide").containsExactly(320, 180);
    String gridTag = grid.headers().firstValue("ETag").orElseThrow();
    assertThat(gridTag).as("each size its own tag").isNotEqualTo(tag);
    assertThat(
            chat.attachment(
                    talk.conversation(),
                    idOf(image),
                    "size=grid",
                    "Authorization",
                    talk.designer(),
                    "If-None-Match",
                    gridTag)
                .statusCode())
        .isEqualTo(304);
    HttpResponse<byte[]> large =
        chat.attachment(
            talk.conversation(), idOf(image), "size=large", "Authorization", talk.designer());
    assertThat(large.statusCode()).isEqualTo(200);
    assertThat(dimensions(large.body()))
        .as("the large copy, 1280 px wide")
        .containsExactly(1280, 720);

    HttpResponse<byte[]> guide =
        chat.attachment(talk.conversation(), idOf(document), "", "Authorization", talk.company());
    assertThat(guide.statusCode()).isEqualTo(200);
    assertThat(guide.body()).isEqualTo(pdf);
    assertThat(guide.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(guide.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment")
        .contains("guide.pdf");
    assertThat(guide.headers().firstValue("ETag")).isPresent();

    // a name and a claimed type that lie: the content decides
    byte[] jpeg = jpeg();
    HttpResponse<String> disguised =
        chat.upload(
            talk.conversation(),
            talk.company(),
            new Multipart().file("file", "contract.pdf", "application/pdf", jpeg));
    assertThat(disguised.statusCode()).as(disguised.body()).isEqualTo(201);
    JsonObject photo =
        Http.json(disguised).asJsonObject().getJsonArray("attachments").getJsonObject(0);
    assertThat(photo.getString("contentType")).isEqualTo("image/jpeg");
    assertThat(photo.getString("thumbnailUrl")).endsWith("?size=grid");
    HttpResponse<byte[]> served =
        chat.attachment(talk.conversation(), idOf(photo), "", "Authorization", talk.designer());
    assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(served.body()).isEqualTo(jpeg);
    assertThat(Http.json(disguised).asJsonObject().getString("body", ""))
        .as("files need no text")
        .isEmpty();

    assertThat(attachments)
        .extracting(a -> a.getString("fileName"))
        .as("the files in the order attached, in the answer")
        .containsExactly("variant.png", "guide.pdf");
    assertThat(heard)
        .extracting(a -> a.getString("fileName"))
        .as("and on the page")
        .containsExactly("variant.png", "guide.pdf");
    assertThat(
            items(json(chat.messages(talk.conversation(), "limit=2", talk.company())))
                .get(0)
                .getJsonArray("attachments")
                .getValuesAs(JsonObject.class))
        .extracting(a -> a.getString("fileName"))
        .as("and in the history")
        .containsExactly("variant.png", "guide.pdf");
  }

  @Test
  void badFilesAreRefusedNamingTheFileAndStoreNothing() {
    Talk talk = chat.newTalk();
    long before = chat.all(talk.conversation(), talk.designer()).size();
    byte[] text = "just text, named as a picture".getBytes(StandardCharsets.UTF_8);
    assertThat(
            fieldsOf(
                chat.upload(
                    talk.conversation(),
                    talk.designer(),
                    new Multipart()
                        .field("body", "a fake")
                        .file("file", "fake.png", "image/png", text)),
                400))
        .contains("file");
    byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(
            fieldsOf(
                chat.upload(
                    talk.conversation(),
                    talk.designer(),
                    new Multipart().file("file", "anim.gif", "image/gif", gif)),
                400))
        .as("GIF is not among PNG, JPEG, WebP and PDF")
        .contains("file");
    Multipart six = new Multipart().field("body", "six files");
    for (int i = 0; i < 6; i++) {
      six.file("file", "v" + i + ".png", "image/png", Images.png(40 + i));
    }
    assertThat(fieldsOf(chat.upload(talk.conversation(), talk.designer(), six), 400))
        .as("at most five files")
        .contains("file");
    Multipart mixed =
        new Multipart()
            .file("file", "good.png", "image/png", Images.png(50))
            .file("file", "bad.png", "image/png", text);
    assertThat(fieldsOf(chat.upload(talk.conversation(), talk.designer(), mixed), 400))
        .as("one bad file refuses the message")
        .contains("file");
    byte[] huge = new byte[10 * 1024 * 1024 + 1];
    byte[] header = pdf("big");
    System.arraycopy(header, 0, huge, 0, header.length);
    HttpResponse<String> tooBig =
        chat.upload(
            talk.conversation(),
            talk.designer(),
            new Multipart().file("file", "huge.pdf", "application/pdf", huge));
    assertThat(tooBig.statusCode()).as(tooBig.body()).isEqualTo(400);
    assertThat(fieldsOf(tooBig, 400)).as("over 10 MB").contains("file");
    assertThat(
            fieldsOf(
                chat.upload(
                    talk.conversation(), talk.designer(), new Multipart().field("body", "  ")),
                400))
        .as("no text and no file (a form names the missing file part, JSON the body)")
        .containsAnyOf("body", "file");
    assertThat(chat.all(talk.conversation(), talk.designer())).hasSize((int) before);
  }

  @Test
  void outsidersNeitherReadNorWriteNorHearAConversation() {
    Talk talk = chat.newTalk();
    JsonObject first = chat.say(talk.conversation(), talk.designer(), "Only for the company");
    JsonObject withFile =
        Http.json(
                chat.upload(
                    talk.conversation(),
                    talk.designer(),
                    new Multipart().file("file", "idea.png", "image/png", Images.png(60))))
            .asJsonObject();
    long attachment = idOf(withFile.getJsonArray("attachments").getJsonObject(0));
    // another designer with an entry in the same contest, and another company
    long rivalId = TestDatabase.newDesigner();
    String rival = bearer(rivalId);
    api.submit(talk.contest(), rival, "Rival", 61);
    String otherCompany = bearer(TestDatabase.newCompanyStaff());
    long conversation = talk.conversation();
    int count = chat.all(conversation, talk.company()).size();

    for (String outsider : List.of(rival, otherCompany)) {
      expect(404, chat.conversation(conversation, outsider));
      expect(404, chat.messages(conversation, "", outsider));
      expect(404, chat.messages(conversation, "after=" + idOf(first), outsider));
      expect(404, chat.send(conversation, outsider, "Let me in", UUID.randomUUID().toString()));
      expect(
          404,
          chat.upload(
              conversation,
              outsider,
              new Multipart().file("file", "x.png", "image/png", Images.png(62))));
      expect(404, chat.read(conversation, outsider, idOf(first)));
      assertThat(
              chat.attachment(conversation, attachment, "", "Authorization", outsider).statusCode())
          .isEqualTo(404);
      assertThat(
              chat.attachment(conversation, attachment, "size=grid", "Authorization", outsider)
                  .statusCode())
          .isEqualTo(404);
      assertThat(ids(items(json(chat.list(outsider))))).doesNotContain(conversation);
    }
    expect(401, chat.conversation(conversation, null));
    expect(401, chat.messages(conversation, "", null));
    expect(401, chat.list(null));
    expect(401, chat.send(conversation, null, "Anonymous", UUID.randomUUID().toString()));
    assertThat(chat.attachment(conversation, attachment, "").statusCode()).isEqualTo(401);
    assertThat(chat.attachment(conversation, attachment, "size=grid").statusCode()).isEqualTo(401);
    expect(404, chat.conversation(Long.MAX_VALUE / 2, talk.company()));
    assertThat(
            chat.attachment(conversation, attachment + 100_000, "", "Authorization", talk.company())
                .statusCode())
        .as("no such attachment")
        .isEqualTo(404);

    // the socket: an outsider's frames store nothing and an outsider's page hears nothing
    LivePage participant = page("the company's page", talk.company());
    LivePage rivalPage = page("the rival's page", rival);
    LivePage otherCompanyPage = page("the other company's page", otherCompany);
    String sneaky = UUID.randomUUID().toString();
    rivalPage.send(sendFrame(conversation, "I am in", sneaky));
    JsonObject refused = rivalPage.awaitError(sneaky);
    assertThat(refused.getInt("status")).isEqualTo(404);
    String readPosition =
        String.valueOf(json(chat.conversation(conversation, talk.company())).get("otherReadUpTo"));
    rivalPage.send(readFrame(conversation, idOf(first)));
    await()
        .alias("an error frame for the rival's read frame too")
        .atMost(LivePage.PATIENCE)
        .until(() -> rivalPage.frames("error").size() == 2);
    assertThat(rivalPage.frames("error").get(1).getInt("status")).isEqualTo(404);
    otherCompanyPage.send(sendFrame(conversation, "Us too", UUID.randomUUID().toString()));
    await()
        .alias("an error frame for the other company")
        .atMost(LivePage.PATIENCE)
        .until(() -> otherCompanyPage.frames("error").size() == 1);
    assertThat(otherCompanyPage.frames("error").get(0).getInt("status")).isEqualTo(404);
    assertThat(rivalPage.closedWith()).as("the socket stays open").isNull();
    assertThat(
            String.valueOf(
                json(chat.conversation(conversation, talk.company())).get("otherReadUpTo")))
        .as("the rival's read frame moved nothing")
        .isEqualTo(readPosition);

    String real = UUID.randomUUID().toString();
    chat.send(conversation, talk.designer(), "Real message", real);
    participant.awaitMessage(real);
    // what the rival hears goes through the same topic and relay: give it the time it took
    String marker = UUID.randomUUID().toString();
    rivalPage.send(sendFrame(conversation, "probe", marker));
    rivalPage.awaitError(marker);
    assertThat(chat.all(conversation, talk.company()))
        .as("nothing from the outsiders")
        .hasSize(count + 1);
    assertThat(rivalPage.messagesOf(conversation)).as("the rival hears nothing").isEmpty();
    assertThat(otherCompanyPage.messagesOf(conversation)).isEmpty();
    assertThat(rivalPage.frames("read")).isEmpty();

    // a company's READ token reads but does not write; its WRITE token writes; no socket for either
    long company = TestDatabase.companyOf(talk.companyStaffId());
    String reader = "Bearer " + TestDatabase.newToken(talk.companyStaffId(), company, "READ");
    String writer = "Bearer " + TestDatabase.newToken(talk.companyStaffId(), company, "WRITE");
    expect(200, chat.messages(conversation, "", reader));
    expect(403, chat.send(conversation, reader, "Read only", UUID.randomUUID().toString()));
    expect(403, chat.read(conversation, reader, idOf(first)));
    expect(201, chat.send(conversation, writer, "From our system", UUID.randomUUID().toString()));
    assertThat(handshakeStatus(writer)).isEqualTo(403);
    assertThat(handshakeStatus(null)).isEqualTo(401);
  }

  @Test
  void badFramesGetAnErrorAndTooBigOnesCloseOnlyTheirOwnSocket() {
    Talk talk = chat.newTalk();
    LivePage designer = page("the designer's page", talk.designer());
    LivePage company = page("the company's page", talk.company());
    long conversation = talk.conversation();

    designer.send("this is not JSON");
    JsonObject notJson = designer.await("an error for not JSON", ChatIT::isError);
    assertThat(notJson.getInt("status")).isEqualTo(400);
    designer.send("{\"type\": \"shout\", \"conversationId\": " + conversation + "}");
    designer.send("[1, 2, 3]");
    String noConversation = UUID.randomUUID().toString();
    designer.send(
        Json.createObjectBuilder()
            .add("type", "send")
            .add("body", "Where to?")
            .add("clientKey", noConversation)
            .build());
    String noBody = UUID.randomUUID().toString();
    designer.send(
        Json.createObjectBuilder()
            .add("type", "send")
            .add("conversationId", conversation)
            .add("clientKey", noBody)
            .build());
    designer.send("{\"type\": \"read\", \"conversationId\": " + conversation + "}");
    designer.send("{\"conversationId\": " + conversation + ", \"body\": \"no type\"}");
    String tooLong = UUID.randomUUID().toString();
    designer.send(sendFrame(conversation, "x".repeat(4001), tooLong));
    String blank = UUID.randomUUID().toString();
    designer.send(sendFrame(conversation, "   ", blank));
    await()
        .alias("an error frame for each of the 9 bad frames")
        .atMost(LivePage.PATIENCE)
        .until(() -> designer.frames("error").size() >= 9);
    assertThat(designer.frames("error"))
        .hasSize(9)
        .allSatisfy(e -> assertThat(e.getInt("status")).isIn(400, 404));
    assertThat(designer.awaitError(noBody).getString("field")).isEqualTo("body");
    JsonObject overLong = designer.awaitError(tooLong);
    assertThat(overLong.getInt("status")).isEqualTo(400);
    assertThat(overLong.getString("field")).isEqualTo("body");
    assertThat(overLong.getString("detail")).isNotBlank();
    assertThat(designer.awaitError(blank).getString("field")).isEqualTo("body");
    assertThat(designer.closedWith()).as("still open after bad frames").isNull();

    // 4,000 characters is allowed, and the page still works
    String longest = UUID.randomUUID().toString();
    designer.send(sendFrame(conversation, "y".repeat(4000), longest));
    assertThat(company.awaitMessage(longest).getJsonObject("message").getString("body"))
        .hasSize(4000);
    assertThat(chat.all(conversation, talk.company())).as("only the good one stored").hasSize(1);

    // a frame over 64 KiB closes that one socket with 1009
    LivePage designerElsewhere = page("the designer's other page", talk.designer());
    LivePage stranger = page("a stranger's page", bearer(TestDatabase.newDesigner()));
    LivePage bigSender = page("the company's other page", talk.company());
    try {
      bigSender.send(sendFrame(conversation, "z".repeat(70 * 1024), UUID.randomUUID().toString()));
    } catch (CompletionException closedWhileSending) {
      // the server may close the socket before it has read the whole frame: the close code tells
    }
    assertThat(bigSender.awaitClosed()).isEqualTo(1009);
    String after = UUID.randomUUID().toString();
    designer.send(sendFrame(conversation, "Still here?", after));
    company.awaitMessage(after);
    designerElsewhere.awaitMessage(after);
    designer.awaitMessage(after);
    assertThat(company.closedWith()).as("the other sockets stay open").isNull();
    assertThat(designer.closedWith()).isNull();
    assertThat(designerElsewhere.closedWith()).isNull();
    assertThat(stranger.closedWith()).isNull();
    assertThat(chat.all(conversation, talk.company())).hasSize(2);
  }

  @Test
  void unreadCountsPerConversationAndInTotal() {
    long designerId = TestDatabase.newDesigner();
    Talk one = chat.newTalk(TestDatabase.newCompanyStaff(), designerId);
    Talk two = chat.newTalk(TestDatabase.newCompanyStaff(), designerId);
    chat.say(two.conversation(), two.designer(), "My own message is not unread");
    JsonObject latestOfTwo = chat.say(two.conversation(), two.company(), "Two 1");
    chat.say(one.conversation(), one.company(), "One 1");
    chat.say(one.conversation(), one.company(), "One 2");

    JsonObject mine = json(chat.list(one.designer()));
    assertThat(mine.getInt("unread")).isEqualTo(3);
    List<JsonObject> conversations = items(mine);
    assertThat(ids(conversations))
        .as("latest activity first")
        .containsExactly(one.conversation(), two.conversation());
    assertThat(conversations.get(0).getInt("unread")).isEqualTo(2);
    assertThat(conversations.get(0).getString("side")).isEqualTo("DESIGNER");
    assertThat(conversations.get(0).getJsonObject("lastMessage").getString("body"))
        .isEqualTo("One 2");
    assertThat(conversations.get(1).getInt("unread")).isEqualTo(1);
    assertThat(json(chat.list(two.company())).getInt("unread"))
        .as("answering the designer's message read it")
        .isZero();
    assertThat(json(chat.list(one.company())).getInt("unread")).isZero();

    expect(204, chat.read(two.conversation(), two.designer(), idOf(latestOfTwo)));
    JsonObject after = json(chat.list(one.designer()));
    assertThat(after.getInt("unread")).isEqualTo(2);
    assertThat(items(after).get(1).getInt("unread")).isZero();
    assertThat(items(after).get(1).getJsonNumber("readUpTo").longValue())
        .isEqualTo(idOf(latestOfTwo));
    assertThat(json(chat.conversation(one.conversation(), one.designer())).getInt("unread"))
        .isEqualTo(2);
  }

  @Test
  void aBurstLeftUnreadBecomesOneNotificationAndOneEmailAndReadingInTimeNone() {
    Talk talk = chat.newTalk();
    LivePage designer = page("the designer's page", talk.designer());
    for (String text : List.of("Could you", "make the logo", "bigger?")) {
      chat.say(talk.conversation(), talk.company(), text);
    }
    await()
        .atMost(LivePage.PATIENCE)
        .until(() -> designer.messagesOf(talk.conversation()).size() == 3);
    assertThat(messageNotifications(talk.designerId()))
        .as("not at once: the person may read in time")
        .isZero();
    JsonObject conversation = json(chat.conversation(talk.conversation(), talk.designer()));
    assertThat(conversation.getInt("unread")).isEqualTo(3);
    assertThat(json(chat.list(talk.designer())).getInt("unread")).isEqualTo(3);

    String title = "3 new messages from " + talk.companyName() + " about “" + talk.title() + "”";
    String email = TestDatabase.text("select email from account where id = ?", talk.designerId());
    TestMail.awaitOne(email, title);
    JsonObject notification =
        designer.await(
            "the notification",
            f ->
                "notification".equals(f.getString("type", null))
                    && title.equals(f.getString("title", null)));
    assertThat(notification.getString("link"))
        .isEqualTo("/messages.xhtml?conversation=" + talk.conversation());
    JsonObject listed =
        items(json(api.get("notifications", talk.designer()))).stream()
            .filter(n -> n.getString("kind").equals("MESSAGES"))
            .findFirst()
            .orElseThrow();
    assertThat(listed.getString("title")).isEqualTo(title);
    await()
        .alias("still one notification and one email a few sweeps later")
        .during(Duration.ofSeconds(5))
        .atMost(Duration.ofSeconds(8))
        .until(
            () -> messageNotifications(talk.designerId()) == 1 && messageEmails(email).size() == 1);

    // the designer answers and the company reads at once: no notification for the company
    long staffId = talk.companyStaffId();
    String staffEmail = TestDatabase.text("select email from account where id = ?", staffId);
    JsonObject answer = chat.say(talk.conversation(), talk.designer(), "Sure, tomorrow");
    expect(204, chat.read(talk.conversation(), talk.company(), idOf(answer)));
    await()
        .alias("no notification for what was read in time")
        .during(Duration.ofSeconds(6))
        .atMost(Duration.ofSeconds(9))
        .until(() -> messageNotifications(staffId) == 0 && messageEmails(staffEmail).isEmpty());

    // a later message, left unread, is a new burst: told once more
    chat.say(talk.conversation(), talk.company(), "One more thing");
    await()
        .alias("a second notification and email for the designer")
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> messageNotifications(talk.designerId()) == 2 && messageEmails(email).size() == 2);
  }

  /** The emails to the address that tell of chat messages. */
  private static List<String> messageEmails(String address) {
    return TestMail.to(address).stream()
        .map(TestMail::subjectOf)
        .filter(subject -> subject.contains(" new message"))
        .toList();
  }

  @Test
  void eachStaffMemberIsToldOnceAndOnlyOfThePseudonym() throws Exception {
    long ownerId = TestDatabase.newCompanyStaff();
    long colleagueId = TestDatabase.newStaffOf(TestDatabase.companyOf(ownerId));
    Talk talk = chat.newTalk(ownerId, TestDatabase.newDesigner());
    LivePage colleaguesPage = page("the colleague's page", bearer(colleagueId));
    String question = UUID.randomUUID().toString();
    chat.send(talk.conversation(), talk.designer(), "Here is my question", question);
    assertThat(colleaguesPage.awaitMessage(question).getJsonObject("message").getString("sender"))
        .as("every member of the company's staff hears the company's conversations")
        .isEqualTo(talk.pseudonym());
    chat.say(talk.conversation(), talk.designer(), "and another one");

    String title = "2 new messages from " + talk.pseudonym() + " about “" + talk.title() + "”";
    for (long staff : List.of(ownerId, colleagueId)) {
      String email = TestDatabase.text("select email from account where id = ?", staff);
      jakarta.mail.internet.MimeMessage told = TestMail.awaitOne(email, title);
      assertThat(NotificationsIT.text(told))
          .as("the email does not name the designer")
          .doesNotContain(talk.designerName());
    }
    assertThat(messageNotifications(ownerId)).isEqualTo(1);
    assertThat(messageNotifications(colleagueId)).isEqualTo(1);
    assertThat(
            TestDatabase.count(
                "select count(*) from notification where kind = 'MESSAGES' and contest_id = ?"
                    + " and (title like ? or body like ?)",
                talk.contest(),
                "%" + talk.designerName() + "%",
                "%" + talk.designerName() + "%"))
        .as("no notification names the designer")
        .isZero();
  }

  @Test
  void whoChoseNoEmailForMessagesIsToldInTheAppOnly() {
    Talk talk = chat.newTalk();
    expect(
        200,
        api.put(
            "notification-settings", talk.designer(), "{\"email\": {\"MESSAGES\": \"NEVER\"}}"));
    chat.say(talk.conversation(), talk.company(), "Are you there?");
    await()
        .alias("a notification in the app")
        .atMost(Duration.ofSeconds(30))
        .until(() -> messageNotifications(talk.designerId()) == 1);
    String email = TestDatabase.text("select email from account where id = ?", talk.designerId());
    await()
        .alias("and no email")
        .during(Duration.ofSeconds(4))
        .atMost(Duration.ofSeconds(6))
        .until(() -> messageEmails(email).isEmpty());
  }

  @Test
  void theCompanySeesOnlyAPseudonymUntilTheDesignerWins() {
    ChatApi.Talk talk = chat.newTalk();
    chat.say(talk.conversation(), talk.designer(), "Hi from me");
    String designerId = String.valueOf(talk.designerId());
    for (HttpResponse<String> seen :
        List.of(
            chat.conversation(talk.conversation(), talk.company()),
            chat.messages(talk.conversation(), "", talk.company()),
            chat.list(talk.company()),
            chat.open(talk.company(), "{\"entryId\": " + talk.entry() + "}"))) {
      assertThat(seen.statusCode()).as(seen.body()).isBetween(200, 201);
      assertThat(seen.body())
          .as("no name, email or id of the designer")
          .doesNotContain(talk.designerName())
          .doesNotContain("designerId")
          .doesNotContain("accountId")
          .doesNotContain("\"designer\":" + designerId)
          .doesNotContain("senderId");
    }
    JsonObject forCompany = json(chat.conversation(talk.conversation(), talk.company()));
    assertThat(forCompany.getString("designer")).isEqualTo(talk.pseudonym());
    assertThat(forCompany.getString("company")).isEqualTo(talk.companyName());
    assertThat(forCompany.getString("side")).isEqualTo("COMPANY");
    assertThat(forCompany.getString("contestTitle")).isEqualTo(talk.title());
    assertThat(forCompany.getJsonNumber("contestId").longValue()).isEqualTo(talk.contest());
    assertThat(
            items(json(chat.messages(talk.conversation(), "", talk.company())))
                .get(0)
                .getString("sender"))
        .isEqualTo(talk.pseudonym());

    JsonObject forDesigner = json(chat.conversation(talk.conversation(), talk.designer()));
    assertThat(forDesigner.getString("side")).isEqualTo("DESIGNER");
    assertThat(forDesigner.getString("company")).isEqualTo(talk.companyName());
    assertThat(forDesigner.getString("designer")).isEqualTo(talk.designerName());
    JsonObject companyMessage = chat.say(talk.conversation(), talk.company(), "Hello designer");
    assertThat(companyMessage.getString("sender")).isEqualTo(talk.companyName());
    assertThat(companyMessage.toString())
        .doesNotContain(
            TestDatabase.text(
                "select display_name from account where id = ?", talk.companyStaffId()));

    // the designer opens from the contest: the same conversation
    HttpResponse<String> again =
        chat.open(talk.designer(), "{\"contestId\": " + talk.contest() + "}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(idOf(Http.json(again).asJsonObject())).isEqualTo(talk.conversation());

    // the designer wins: the company sees the name (the contest moved on as the sweep would)
    expect(
        200,
        api.post(
            "contests/" + talk.contest() + "/finalists",
            talk.company(),
            "{\"designers\": [" + talk.pseudonym().replace("Designer ", "") + "]}"));
    TestDatabase.execute(
        "update contest set stage = 'WINNER_SELECTION', deadline_at = now() + interval '14 days'"
            + " where id = ?",
        talk.contest());
    expect(
        200,
        api.post(
            "contests/" + talk.contest() + "/winner",
            talk.company(),
            "{\"entry\": " + talk.entry() + "}"));
    JsonObject revealed = json(chat.conversation(talk.conversation(), talk.company()));
    assertThat(revealed.getString("designer")).isEqualTo(talk.designerName());
    assertThat(
            items(json(chat.messages(talk.conversation(), "", talk.company())))
                .get(0)
                .getString("sender"))
        .isEqualTo(talk.designerName());
  }

  @Test
  void aDesignerOfAnotherEntryIsStillAPseudonymAfterSomeoneElseWins() {
    Talk talk = chat.newTalk();
    long winnerId = TestDatabase.newDesigner();
    long winning = api.submit(talk.contest(), bearer(winnerId), "Winner", 77);
    int winnerNumber = api.numberOf(talk.company(), talk.contest(), winning);
    int loserNumber = Integer.parseInt(talk.pseudonym().replace("Designer ", ""));
    expect(
        200,
        api.post(
            "contests/" + talk.contest() + "/finalists",
            talk.company(),
            "{\"designers\": [" + loserNumber + ", " + winnerNumber + "]}"));
    TestDatabase.execute(
        "update contest set stage = 'WINNER_SELECTION', deadline_at = now() + interval '14 days'"
            + " where id = ?",
        talk.contest());
    expect(
        200,
        api.post(
            "contests/" + talk.contest() + "/winner",
            talk.company(),
            "{\"entry\": " + winning + "}"));
    chat.say(talk.conversation(), talk.designer(), "Congratulations to them");
    HttpResponse<String> seen = chat.conversation(talk.conversation(), talk.company());
    assertThat(json(seen).getString("designer")).isEqualTo(talk.pseudonym());
    assertThat(seen.body()).doesNotContain(talk.designerName());
  }

  @Test
  void aModeratorReadsOnlyWithAReasonWhichIsRecordedAndNeverWrites() {
    Talk talk = chat.newTalk();
    JsonObject message = chat.say(talk.conversation(), talk.designer(), "Reported message");
    JsonObject withFile =
        Http.json(
                chat.upload(
                    talk.conversation(),
                    talk.designer(),
                    new Multipart().file("file", "proof.png", "image/png", Images.png(90))))
            .asJsonObject();
    long attachment = idOf(withFile.getJsonArray("attachments").getJsonObject(0));
    long moderatorId = TestDatabase.newAccount("MODERATOR");
    String moderator = bearer(moderatorId);
    long conversation = talk.conversation();

    expect(404, chat.conversation(conversation, moderator));
    expect(404, chat.messages(conversation, "", moderator));
    assertThat(
            chat.attachment(conversation, attachment, "", "Authorization", moderator).statusCode())
        .isEqualTo(404);
    assertThat(inspections(conversation)).isZero();

    String reason = "reason=" + encode("Report #12: insults");
    HttpResponse<String> inspected =
        api.get("conversations/" + conversation + "?" + reason, moderator);
    JsonObject seen = json(inspected);
    assertThat(seen.getString("side")).isEqualTo("COMPANY");
    assertThat(seen.getString("designer")).isEqualTo(talk.pseudonym());
    assertThat(
            TestDatabase.count(
                "select count(*) from conversation_inspection where conversation_id = ?"
                    + " and reason = 'Report #12: insults'",
                conversation))
        .as("who, when and why")
        .isEqualTo(1);
    JsonObject page =
        json(api.get("conversations/" + conversation + "/messages?" + reason, moderator));
    assertThat(ids(items(page))).contains(idOf(message));
    HttpResponse<byte[]> file =
        chat.attachment(conversation, attachment, reason, "Authorization", moderator);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(Images.png(90));
    assertThat(inspections(conversation)).as("each read recorded").isEqualTo(3);
    assertThat(
            TestDatabase.count(
                "select count(*) from conversation_inspection where conversation_id = ?"
                    + " and moderator_id = ?",
                conversation,
                moderatorId))
        .isEqualTo(3);

    int count = chat.all(conversation, talk.company()).size();
    HttpResponse<String> write =
        api.post(
            "conversations/" + conversation + "/messages?" + reason,
            moderator,
            "{\"body\": \"Moderator here\", \"clientKey\": \"" + UUID.randomUUID() + "\"}");
    assertThat(write.statusCode()).as(write.body()).isIn(403, 404);
    assertThat(
            api.put(
                    "conversations/" + conversation + "/read?" + reason,
                    moderator,
                    "{\"upTo\": " + idOf(message) + "}")
                .statusCode())
        .as("a moderator's reading moves nobody's read position")
        .isIn(403, 404);
    LivePage moderatorPage = page("the moderator's page", moderator);
    String key = UUID.randomUUID().toString();
    moderatorPage.send(sendFrame(conversation, "Moderator via socket", key));
    assertThat(moderatorPage.awaitError(key).getInt("status")).isIn(403, 404);
    assertThat(chat.all(conversation, talk.company())).hasSize(count);
    assertThat(json(chat.conversation(conversation, talk.designer())).getInt("unread")).isZero();

    expect(404, api.get("conversations/" + conversation + "?reason=", moderator));
    HttpResponse<String> tooLong =
        api.get("conversations/" + conversation + "?reason=" + "r".repeat(501), moderator);
    assertThat(tooLong.statusCode()).as(tooLong.body()).isIn(400, 404);
    expect(
        404,
        api.get(
            "conversations/" + conversation + "?" + reason, bearer(TestDatabase.newDesigner())));
    assertThat(inspections(conversation)).as("refused reads are not recorded").isEqualTo(3);
  }

  @Test
  void badRequestsAreRefusedNamingTheFieldAndChangeNothing() {
    Talk talk = chat.newTalk();
    Talk other = chat.newTalk();
    long conversation = talk.conversation();
    JsonObject first = chat.say(conversation, talk.designer(), "First");
    JsonObject elsewhere = chat.say(other.conversation(), other.designer(), "Elsewhere");
    long before = chat.all(conversation, talk.company()).size();
    long conversations = TestDatabase.count("select count(*) from conversation");

    // opening
    assertThat(fieldsOf(chat.open(talk.company(), "{}"), 400)).contains("entryId");
    assertThat(
            fieldsOf(
                chat.open(
                    talk.company(),
                    "{\"entryId\": " + talk.entry() + ", \"contestId\": " + talk.contest() + "}"),
                400))
        .contains("entryId");
    expect(404, chat.open(other.company(), "{\"entryId\": " + talk.entry() + "}"));
    expect(404, chat.open(talk.company(), "{\"entryId\": " + Integer.MAX_VALUE + "}"));
    expect(403, chat.open(other.designer(), "{\"contestId\": " + talk.contest() + "}"));
    long draft = api.draft(talk.company(), "Still a draft");
    expect(404, chat.open(talk.designer(), "{\"contestId\": " + draft + "}"));
    expect(404, chat.open(talk.designer(), "{\"contestId\": " + Integer.MAX_VALUE + "}"));
    expect(401, chat.open(null, "{\"entryId\": " + talk.entry() + "}"));
    assertThat(TestDatabase.count("select count(*) from conversation"))
        .as("no conversation opened")
        .isEqualTo(conversations);

    // messages
    for (String body : List.of("", "   \n\t ", "b".repeat(4001), " " + "c".repeat(4001) + " ")) {
      assertThat(
              fieldsOf(
                  chat.send(conversation, talk.designer(), body, UUID.randomUUID().toString()),
                  400))
          .as("body of %d characters", body.length())
          .contains("body");
    }
    assertThat(fieldsOf(chat.sendRaw(conversation, talk.designer(), "{}"), 400)).contains("body");
    HttpResponse<String> broken = chat.sendRaw(conversation, talk.designer(), "{\"body\": ");
    assertThat(broken.statusCode()).as(broken.body()).isEqualTo(400);
    JsonObject padded = chat.say(conversation, talk.designer(), "  " + "d".repeat(4000) + "  ");
    assertThat(padded.getString("body").strip()).as("4,000 after trimming is fine").hasSize(4000);
    before++;

    // paging
    for (String query :
        List.of("before=" + idOf(elsewhere), "before=abc", "before=" + Long.MAX_VALUE)) {
      assertThat(fieldsOf(chat.messages(conversation, query, talk.designer()), 400))
          .as(query)
          .contains("before");
    }
    for (String query : List.of("after=" + idOf(elsewhere), "after=-1", "after=xyz")) {
      assertThat(fieldsOf(chat.messages(conversation, query, talk.designer()), 400))
          .as(query)
          .contains("after");
    }
    assertThat(
            fieldsOf(
                chat.messages(
                    conversation,
                    "before=" + idOf(first) + "&after=" + idOf(first),
                    talk.designer()),
                400))
        .as("before and after together")
        .containsAnyOf("before", "after");
    for (String query : List.of("limit=0", "limit=101", "limit=-5", "limit=many")) {
      assertThat(fieldsOf(chat.messages(conversation, query, talk.designer()), 400))
          .as(query)
          .contains("limit");
    }
    assertThat(items(json(chat.messages(conversation, "limit=100", talk.designer()))))
        .hasSize((int) before);
    assertThat(items(json(chat.messages(conversation, "limit=1", talk.designer())))).hasSize(1);

    // read positions
    long readBefore = json(chat.conversation(conversation, talk.company())).getInt("unread");
    assertThat(fieldsOf(chat.read(conversation, talk.company(), idOf(elsewhere)), 400))
        .contains("upTo");
    assertThat(fieldsOf(chat.read(conversation, talk.company(), Long.MAX_VALUE), 400))
        .contains("upTo");
    assertThat(
            fieldsOf(api.put("conversations/" + conversation + "/read", talk.company(), "{}"), 400))
        .contains("upTo");
    assertThat(json(chat.conversation(conversation, talk.company())).getInt("unread"))
        .as("read position unchanged")
        .isEqualTo(readBefore)
        .isEqualTo((int) before);

    assertThat(chat.all(conversation, talk.company())).as("nothing stored").hasSize((int) before);
    assertThat(chat.all(other.conversation(), other.company())).hasSize(1);

    assertThat(
            fieldsOf(
                chat.sendRaw(conversation, talk.designer(), "{\"body\": 42, \"clientKey\": \"k\"}"),
                400))
        .as("a number is not a text")
        .contains("body");
  }

  private static boolean isRead(JsonObject frame, String side, long upTo) {
    return "read".equals(frame.getString("type", null))
        && side.equals(frame.getString("side", null))
        && frame.getJsonNumber("upTo").longValue() == upTo;
  }

  /**
   * Whether the field is null or left out (JSON-B leaves nulls out; docs/chat.md shows them as
   * null: a page's script reads both the same).
   */
  private static boolean nullOrAbsent(JsonObject object, String field) {
    return !object.containsKey(field) || object.isNull(field);
  }

  private static JsonObject named(List<JsonObject> attachments, String fileName) {
    return attachments.stream()
        .filter(a -> fileName.equals(a.getString("fileName")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + fileName + " in " + attachments));
  }

  private static boolean isError(JsonObject frame) {
    return "error".equals(frame.getString("type", null));
  }

  private int handshakeStatus(String bearer) {
    try {
      LivePage.open("refused", http, bearer).close();
    } catch (CompletionException e) {
      if (e.getCause() instanceof WebSocketHandshakeException refused) {
        return refused.getResponse().statusCode();
      }
      throw e;
    }
    throw new AssertionError("the handshake was accepted");
  }

  private static long messageNotifications(long account) {
    return TestDatabase.count(
        "select count(*) from notification where recipient_id = ? and kind = 'MESSAGES'", account);
  }

  private static long inspections(long conversation) {
    return TestDatabase.count(
        "select count(*) from conversation_inspection where conversation_id = ?", conversation);
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static List<Integer> dimensions(byte[] image) throws IOException {
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(image));
    assertThat(read).as("a readable image").isNotNull();
    return List.of(read.getWidth(), read.getHeight());
  }

  private static byte[] jpeg() throws IOException {
    BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    image.getGraphics().fillRect(10, 10, 100, 100);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }

  /** A small but real one-page PDF with the text. */
  private static byte[] pdf(String text) {
    String content = "BT /F1 24 Tf 72 720 Td (" + text + ") Tj ET";
    List<String> objects =
        List.of(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    offsets.forEach(o -> pdf.append("%010d 00000 n \n".formatted(o)));
    pdf.append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
