package org.designcontest.it.support.pages;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.designcontest.it.support.TestMail;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * {@code signup.xhtml} and {@code signup-company.xhtml}, and the confirmation link of the email
 * that follows (read from the test's mail server and opened in the same browser).
 */
public final class SignUpPage {

  private static final Pattern CONFIRM_TOKEN =
      Pattern.compile("verify-email\\.xhtml\\?token=([A-Za-z0-9_-]+)");

  private final WebDriver browser;
  private final URI app;

  public SignUpPage(WebDriver browser, URI app) {
    this.browser = browser;
    this.app = app;
  }

  /** A designer signs up following {@code category}; answers the flash the next page shows. */
  public String designer(String email, String password, String name, String category) {
    browser.get(app.resolve("signup.xhtml").toString());
    browser.findElement(By.id("designer:email")).sendKeys(email);
    browser.findElement(By.id("designer:password")).sendKeys(password);
    browser.findElement(By.id("designer:displayName")).sendKeys(name);
    browser
        .findElement(By.cssSelector("input[name='designer:categories'][value='" + category + "']"))
        .click();
    browser.findElement(By.id("designer:submit")).click();
    return flash();
  }

  /** A company and its first staff member sign up; answers the flash the next page shows. */
  public String company(String company, String name, String email, String password) {
    browser.get(app.resolve("signup-company.xhtml").toString());
    browser.findElement(By.id("company:companyName")).sendKeys(company);
    browser.findElement(By.id("company:displayName")).sendKeys(name);
    browser.findElement(By.id("company:email")).sendKeys(email);
    browser.findElement(By.id("company:password")).sendKeys(password);
    browser.findElement(By.id("company:submit")).click();
    return flash();
  }

  /** Opens the link of the confirmation email sent to {@code email}; answers the page's words. */
  public String confirmFromEmail(String email) {
    MimeMessage mail = TestMail.awaitOne(email, "Confirm your email address for designcontest");
    Matcher token = CONFIRM_TOKEN.matcher(raw(mail));
    if (!token.find()) {
      throw new AssertionError("no confirmation link in the email to " + email);
    }
    browser.get(app.resolve("verify-email.xhtml?token=" + token.group(1)).toString());
    return PageWait.on(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#verified, #problem")))
        .getText();
  }

  private String flash() {
    return PageWait.on(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("flash")))
        .getText();
  }

  /** The message as sent, with quoted-printable's soft line breaks and encoded '=' undone. */
  private static String raw(MimeMessage mail) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      mail.writeTo(out);
      return out.toString(StandardCharsets.UTF_8)
          .replace("=\r\n", "")
          .replace("=\n", "")
          .replace("=3D", "=");
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
